"""bf16 autocast against fp32 for one training step of a replica of the cpu-fast model.

Third session of docs/training_study.md. Run with Debian's python3-torch (PyTorch 1.13, the
libtorch build the application links): /usr/bin/python3 bf16_step_check.py [threads]
Each variant runs interleaved with the others (two steps per round, 6 rounds); the upper medians
(4th of 6 sorted) are printed, so a machine whose speed drifts affects every variant alike.
"""
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F
import torchvision


class DecoderStage(nn.Module):
    """Nearest x2, 1x1 skip + ReLU, concat, two 3x3 conv + ReLU + BatchNorm (DESIGN.md)."""

    def __init__(self, cin, tap, skip, c1, c2):
        super().__init__()
        self.skip = nn.Conv2d(tap, skip, 1)
        self.conv1 = nn.Conv2d(cin + skip, c1, 3, padding=1)
        self.bn1 = nn.BatchNorm2d(c1, eps=1e-3)
        self.conv2 = nn.Conv2d(c1, c2, 3, padding=1)
        self.bn2 = nn.BatchNorm2d(c2, eps=1e-3)

    def forward(self, x, t):
        x = F.interpolate(x, scale_factor=2, mode="nearest")
        x = torch.cat([x, F.relu(self.skip(t))], 1)
        x = self.bn1(F.relu(self.conv1(x)))
        return self.bn2(F.relu(self.conv2(x)))


class Replica(nn.Module):
    """ResNet-18 U-Net with the small preset's decoder 256/128/64/32/32, K heatmaps."""

    def __init__(self, k=16, f=(256, 128, 64, 32, 32)):
        super().__init__()
        self.backbone = torchvision.models.resnet18()
        self.d1 = DecoderStage(512, 256, f[0] // 2, f[0], f[0])
        self.d2 = DecoderStage(f[0], 128, f[1] // 2, f[1], f[1])
        self.d3 = DecoderStage(f[1], 64, f[2] // 2, f[2], f[2])
        self.d4 = DecoderStage(f[2], 64, f[3] // 2, f[3], f[4])
        self.head = nn.Conv2d(f[4], k, 1)

    def forward(self, x):
        b = self.backbone
        c1 = b.relu(b.bn1(b.conv1(x)))
        l1 = b.layer1(b.maxpool(c1))
        l2 = b.layer2(l1)
        l3 = b.layer3(l2)
        l4 = b.layer4(l3)
        y = self.d4(self.d3(self.d2(self.d1(l4, l3), l2), l1), c1)
        return torch.sigmoid(self.head(y))


def main():
    torch.set_num_threads(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
    torch.manual_seed(0)
    model = Replica()
    optimizer = torch.optim.Adam(model.parameters(), 2e-3)
    images = torch.randn(16, 3, 64, 64)  # batch 16, IMG 64
    targets = torch.rand(16, 16, 32, 32)  # HEAT 32

    def step(bf16, channels_last):
        fmt = torch.channels_last if channels_last else torch.contiguous_format
        net = model.to(memory_format=fmt)
        x = images.contiguous(memory_format=fmt)
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
            heatmaps = net(x)
        loss = F.binary_cross_entropy(heatmaps.float(), targets)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()

    variants = {"fp32": (False, False), "bf16 autocast": (True, False),
                "bf16 autocast, channels-last": (True, True)}
    rates = {name: [] for name in variants}
    for args in variants.values():
        step(*args)  # warm-up
    for _ in range(6):
        for name, args in variants.items():
            start = time.time()
            step(*args)
            step(*args)
            rates[name].append(2 * images.shape[0] / (time.time() - start))
    median = {name: sorted(r)[len(r) // 2] for name, r in rates.items()}
    for name, rate in median.items():
        print(f"{name:30s} {rate:6.1f} img/s  ratio {rate / median['fp32']:.2f}")


if __name__ == "__main__":
    main()
