# Training steps of a Python replica of the cpu-fast model (ResNet-18 U-Net, decoder
# 256/128/64/32/32, IMG 64, batch 32) on Debian's PyTorch 1.13, 2 threads. Modes: fp32, fp32cl
# (channels-last), bf16 (autocast over the whole model), bf16cl. Prints ms per step and img/s.
# Usage: /usr/bin/python3 bf16_whole_model_step.py MODE   (SECS=8 by default)
# Per-convolution times: ONEDNN_VERBOSE=1 ... | grep '^onednn_verbose,exec'
import torch, time, sys, torchvision
import torch.nn as nn, torch.nn.functional as F
torch.set_num_threads(2)
torch.manual_seed(0)
class Stage(nn.Module):
    def __init__(s, prev, tap, skip, c1, c2):
        super().__init__()
        s.skip=nn.Conv2d(tap,skip,1); s.conv1=nn.Conv2d(prev+skip,c1,3,padding=1); s.bn1=nn.BatchNorm2d(c1,eps=1e-3,momentum=0.1)
        s.conv2=nn.Conv2d(c1,c2,3,padding=1); s.bn2=nn.BatchNorm2d(c2,eps=1e-3,momentum=0.1)
    def forward(s,p,t):
        up=F.interpolate(p,size=t.shape[2:],mode='nearest')
        x=torch.cat([up,F.relu(s.skip(t))],1)
        x=s.bn1(F.relu(s.conv1(x))); return s.bn2(F.relu(s.conv2(x)))
class M(nn.Module):
    def __init__(s,K=11,w=(256,128,64,32,32)):
        super().__init__()
        r=torchvision.models.resnet18()
        s.r=r
        s.d1=Stage(512,256,w[0]//2,w[0],w[0]); s.d2=Stage(w[0],128,w[1]//2,w[1],w[1]); s.d3=Stage(w[1],64,w[2]//2,w[2],w[2]); s.d4=Stage(w[2],64,w[3]//2,w[3],w[4])
        s.head=nn.Conv2d(w[4],K,1)
    def forward(s,x):
        r=s.r; c1=r.relu(r.bn1(r.conv1(x))); l1=r.layer1(r.maxpool(c1)); l2=r.layer2(l1); l3=r.layer3(l2); l4=r.layer4(l3)
        x=s.d1(l4,l3); x=s.d2(x,l2); x=s.d3(x,l1); x=s.d4(x,c1); return s.head(x)
mode=sys.argv[1]; B=int(sys.argv[2]) if len(sys.argv)>2 else 32
m=M(); x=torch.randn(B,3,64,64); y=torch.rand(B,11,32,32)
if 'cl' in mode:
    m=m.to(memory_format=torch.channels_last); x=x.contiguous(memory_format=torch.channels_last)
opt=torch.optim.Adam(m.parameters(),1e-3)
bf='bf16' in mode
def step():
    opt.zero_grad()
    with torch.autocast('cpu',dtype=torch.bfloat16,enabled=bf):
        out=m(x)
    loss=F.binary_cross_entropy_with_logits(out.float(),y)
    loss.backward(); opt.step()
for i in range(3): step()
t=time.time(); n=0
while time.time()-t<float(__import__("os").environ.get("SECS","8")): step(); n+=1
dt=(time.time()-t)/n
print(mode, B, f"{dt*1000:.0f} ms/step {B/dt:.1f} img/s")
