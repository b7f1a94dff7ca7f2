"""Keras model files of a small seed-shaped network, written with h5py + zipfile the way Keras's
saving code writes them (keras/src/saving/saving_lib.py, keras/src/legacy/saving/
legacy_h5_format.py), and the expected outputs from an independent NumPy forward pass in NHWC with
Keras semantics (the oracle of test_core_keras_import). No TensorFlow or Keras needed.

The network is the seed's: input `image_input` SxSx3, Keras ResNet50 v1 taken flat (conv1_pad ...
conv5_block3_out), decoder d1..d4 (UpSampling2D, skipN_1x1 + ReLU, Concatenate [up, skip],
dN_conv1 + ReLU, dN_bn1, dN_conv2 + ReLU, dN_bn2), head `heatmaps` (1x1, sigmoid) and SoftArgMax
(beta 15, no weights) -- with small decoder widths.

usage: keras_fixture.py OUT_DIR [FILE...]
writes OUT_DIR/{input.npy, heatmaps.npy (N,H,W,K), coords.npy (N,K,2)} and the model files named
(default: all of keras3.keras, keras3_named.keras, keras213.keras, legacy_k2.h5,
legacy_k3_chunked.h5, notop.h5, bad_shape.h5)
"""
import json
import os
import re
import sys
import zipfile

import h5py
import numpy as np

S, K, N = 64, 3, 2
WIDTHS = [32, 16, 16, 8, 8]
BETA = 15.0
rng = np.random.default_rng(1234)


# ---------------------------------------------------------------- NumPy layers (NHWC, Keras)
def conv2d(x, kernel, bias, stride=1, padding="valid"):
    kh, kw = kernel.shape[:2]
    if padding == "same":  # stride 1 only in this network
        x = np.pad(x, ((0, 0), (kh // 2, kh // 2), (kw // 2, kw // 2), (0, 0)))
    windows = np.lib.stride_tricks.sliding_window_view(x, (kh, kw), axis=(1, 2))
    windows = windows[:, ::stride, ::stride]  # (N, H', W', C, kh, kw)
    return np.einsum("nhwcij,ijco->nhwo", windows, kernel, optimize=True) + bias


def batch_norm(x, gamma, beta, mean, var, eps):
    return (x - mean) / np.sqrt(var + eps) * gamma + beta


def relu(x):
    return np.maximum(x, 0)


def max_pool(x, size=3, stride=2):
    windows = np.lib.stride_tricks.sliding_window_view(x, (size, size), axis=(1, 2))
    return windows[:, ::stride, ::stride].max(axis=(-2, -1))


def zero_pad(x, p):
    return np.pad(x, ((0, 0), (p, p), (p, p), (0, 0)))


# ---------------------------------------------------------------- the network, as a layer list
class Net:
    """Builds the layer list (name, class, config, variables) while running the forward pass;
    BN moving statistics are calibrated on the input so that activations stay normalised."""

    def __init__(self):
        self.layers = []  # dicts: name, class_name, config, vars (list of arrays), inbound
        self.add("image_input", "InputLayer", {"batch_shape": [None, S, S, 3], "dtype": "float32"}, [])

    def add(self, name, class_name, config, variables, inbound=None):
        self.layers.append({"name": name, "class_name": class_name, "config": config,
                            "vars": variables, "inbound": inbound or []})

    def conv(self, x, name, filters, size, stride=1, padding="valid", activation="linear", src=None):
        fan_in = size * size * x.shape[-1]
        kernel = rng.normal(0, np.sqrt(2.0 / fan_in), (size, size, x.shape[-1], filters))
        bias = rng.normal(0, 0.05, filters)
        if name == "heatmaps":
            bias = bias - 1.0
        self.add(name, "Conv2D", {"filters": filters, "kernel_size": [size, size], "strides": [stride, stride],
                                  "padding": padding, "activation": activation, "use_bias": True}, [kernel, bias], [src])
        y = conv2d(x, kernel, bias, stride, padding)
        if activation == "relu":
            y = relu(y)
        elif activation == "sigmoid":
            y = 1 / (1 + np.exp(-y))
        return y

    def bn(self, x, name, eps, src=None):
        c = x.shape[-1]
        # Small gammas on the residual branches (_3_bn) keep the random ResNet near the identity
        # and well conditioned: float32 rounding must not be amplified through 50 layers.
        gamma = rng.uniform(0.05, 0.15, c) if name.endswith("_3_bn") else rng.uniform(0.5, 0.9, c)
        beta = rng.normal(0, 0.1, c)
        mean = x.mean(axis=(0, 1, 2)) + rng.normal(0, 0.01, c)
        # A variance floor keeps near-constant channels from amplifying rounding errors.
        var = x.var(axis=(0, 1, 2)) * rng.uniform(0.9, 1.1, c) + 0.5 * x.var() + 1e-3
        self.add(name, "BatchNormalization", {"axis": -1, "epsilon": eps, "momentum": 0.99},
                 [gamma, beta, mean, var], [src])
        return batch_norm(x, gamma, beta, mean, var, eps)

    def plain(self, name, class_name, config=None, src=None):
        self.add(name, class_name, config or {}, [], src if isinstance(src, list) else [src])


def resnet_block(net, x, filters, stride, shortcut, name):
    if shortcut:
        short = net.conv(x, name + "_0_conv", 4 * filters, 1, stride)
        short = net.bn(short, name + "_0_bn", 1.001e-5)
    else:
        short = x
    y = net.conv(x, name + "_1_conv", filters, 1, stride)
    y = relu(net.bn(y, name + "_1_bn", 1.001e-5))
    net.plain(name + "_1_relu", "Activation", {"activation": "relu"})
    y = net.conv(y, name + "_2_conv", filters, 3, 1, "same")
    y = relu(net.bn(y, name + "_2_bn", 1.001e-5))
    net.plain(name + "_2_relu", "Activation", {"activation": "relu"})
    y = net.conv(y, name + "_3_conv", 4 * filters, 1)
    y = net.bn(y, name + "_3_bn", 1.001e-5)
    net.plain(name + "_add", "Add")
    net.plain(name + "_out", "Activation", {"activation": "relu"})
    return relu(short + y)


def seed_network(x):
    net = Net()
    net.plain("conv1_pad", "ZeroPadding2D", {"padding": [[3, 3], [3, 3]]})
    y = net.conv(zero_pad(x, 3), "conv1_conv", 64, 7, 2)
    c1 = relu(net.bn(y, "conv1_bn", 1.001e-5))
    net.plain("conv1_relu", "Activation", {"activation": "relu"})
    net.plain("pool1_pad", "ZeroPadding2D", {"padding": [[1, 1], [1, 1]]})
    net.plain("pool1_pool", "MaxPooling2D", {"pool_size": [3, 3], "strides": [2, 2]})
    y = max_pool(zero_pad(c1, 1))
    taps = [c1]
    for stage, (filters, blocks, stride) in enumerate([(64, 3, 1), (128, 4, 2), (256, 6, 2), (512, 3, 2)]):
        for b in range(blocks):
            y = resnet_block(net, y, filters, stride if b == 0 else 1, b == 0, f"conv{stage + 2}_block{b + 1}")
        taps.append(y)
    c1, l1, l2, l3, l4 = taps
    previous = l4
    for d, tap in zip(range(1, 5), [l3, l2, l1, c1]):
        f = WIDTHS[d - 1]
        up = previous.repeat(2, axis=1).repeat(2, axis=2)
        net.plain(f"d{d}_up", "UpSampling2D", {"size": [2, 2], "interpolation": "nearest"})
        skip = net.conv(tap, f"skip{5 - d}_1x1", f // 2, 1, activation="relu")
        net.plain(f"d{d}_concat", "Concatenate", {"axis": -1})
        y = np.concatenate([up, skip], axis=-1)
        y = net.conv(y, f"d{d}_conv1", f if d < 4 else WIDTHS[3], 3, 1, "same", "relu")
        y = net.bn(y, f"d{d}_bn1", 1e-3)
        y = net.conv(y, f"d{d}_conv2", f if d < 4 else WIDTHS[4], 3, 1, "same", "relu")
        previous = net.bn(y, f"d{d}_bn2", 1e-3)
    heat = net.conv(previous, "heatmaps", K, 1, activation="sigmoid")
    net.plain("coords", "SoftArgMax", {"beta": BETA})
    n, h, w, k = heat.shape
    logits = BETA * heat.transpose(0, 3, 1, 2).reshape(n, k, h * w)
    p = np.exp(logits - logits.max(axis=-1, keepdims=True))
    p /= p.sum(axis=-1, keepdims=True)
    p = p.reshape(n, k, h, w)
    xs = (p * np.arange(w)[None, None, None, :]).sum(axis=(2, 3)) / (w - 1)
    ys = (p * np.arange(h)[None, None, :, None]).sum(axis=(2, 3)) / (h - 1)
    return net, heat, np.stack([xs, ys], axis=-1)


# ---------------------------------------------------------------- writers
def snake(name):  # keras.src.utils.naming.to_snake_case
    name = re.sub(r"\W+", "", name)
    name = re.sub("(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub("([a-z])([A-Z])", r"\1_\2", name).lower()


def model_config(net, keras2):
    layers = []
    for layer in net.layers:
        config = dict(layer["config"], name=layer["name"], trainable=True)
        if keras2 and layer["class_name"] == "InputLayer":
            config["batch_input_shape"] = config.pop("batch_shape")
        layers.append({"class_name": layer["class_name"], "config": config, "name": layer["name"],
                       "inbound_nodes": [[[src, 0, 0, {}] for src in layer["inbound"] if src]]})
    return {"class_name": "Functional",
            "config": {"name": "visible_keypoints", "layers": layers,
                       "input_layers": [["image_input", 0, 0]],
                       "output_layers": [["heatmaps", 0, 0], ["coords", 0, 0]]}}


def write_keras(path, net, layout):
    """layout: keras3 (3.0-3.5), keras3_named (>= 3.6, attrs['name']), keras213 (2.13 prefix)."""
    prefix = "_layer_checkpoint_dependencies" if layout == "keras213" else "layers"
    weights_path = path + ".weights.h5"
    with h5py.File(weights_path, "w") as h5:
        used = {}
        for layer in net.layers:  # model.layers order = config order
            name = snake(layer["class_name"])
            if name in used:
                used[name] += 1
                name = f"{name}_{used[name]}"
            else:
                used[name] = 0
            vars_group = h5.create_group(f"{prefix}/{name}").create_group("vars")
            if layout == "keras3_named":
                vars_group.attrs["name"] = layer["name"]
            for i, value in enumerate(layer["vars"]):
                vars_group[str(i)] = value.astype(np.float32)
        root_vars = h5.create_group("vars")
        if layout == "keras3_named":
            root_vars.attrs["name"] = "visible_keypoints"
        # Optimizer state is ignored by the import.
        optimizer = h5.create_group("optimizer").create_group("vars")
        optimizer["0"] = np.array(120, dtype=np.int64)
        optimizer["1"] = np.zeros((3, 3, 4, 8), dtype=np.float32)
    config = model_config(net, keras2=layout == "keras213")
    metadata = {"keras_version": "2.13.1" if layout == "keras213" else "3.6.0", "date_saved": "2025-01-01@00:00:00"}
    with zipfile.ZipFile(path, "w") as zf:  # ZIP_STORED, as Keras
        zf.writestr("metadata.json", json.dumps(metadata))
        zf.writestr("config.json", json.dumps(config))
        with open(weights_path, "rb") as f:
            zf.writestr("model.weights.h5", f.read())
    os.remove(weights_path)


def strings_attr(group, name, values, chunks=1):
    data = np.asarray([v.encode("utf8") for v in values])
    if chunks > 1:
        for i, part in enumerate(np.array_split(data, chunks)):
            group.attrs[f"{name}{i}"] = part
    else:
        group.attrs[name] = data if len(values) else []


def write_legacy(path, net, keras2=True, chunked=False, whole_model=True, layers=None, mangle=None):
    layers = layers if layers is not None else net.layers
    with h5py.File(path, "w") as h5:
        if whole_model:
            h5.attrs["model_config"] = json.dumps(model_config(net, keras2)).encode("utf8")
            h5.attrs["keras_version"] = b"2.13.1" if keras2 else b"3.6.0"
            h5.attrs["backend"] = b"tensorflow"
            weights = h5.create_group("model_weights")
        else:
            weights = h5
        strings_attr(weights, "layer_names", [layer["name"] for layer in layers], 3 if chunked else 1)
        weights.attrs["backend"] = b"tensorflow"
        weights.attrs["keras_version"] = b"2.13.1" if keras2 else b"3.6.0"
        var_names = {"Conv2D": ["kernel", "bias"],
                     "BatchNormalization": ["gamma", "beta", "moving_mean", "moving_variance"]}
        for layer in sorted(layers, key=lambda item: item["name"]):
            g = weights.create_group(layer["name"])
            names = [f"{layer['name']}/{v}" + (":0" if keras2 else "")
                     for v in var_names.get(layer["class_name"], [])][:len(layer["vars"])]
            strings_attr(g, "weight_names", names, 2 if chunked and names else 1)
            for name, value in zip(names, layer["vars"]):
                if mangle and mangle[0] == name:
                    value = mangle[1](value)
                g.create_dataset(name, data=value.astype(np.float32))
        if whole_model:
            opt = h5.create_group("optimizer_weights")
            strings_attr(opt, "weight_names", ["Adam/iter:0"])
            opt.create_dataset("Adam/iter:0", data=np.array(3, dtype=np.int64))


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    # Caffe-normalised uint8 images: integer BGR minus the means, so that X + mean gives the
    # same uint8 crops back (the arrays / Predictor path sees exactly this input).
    x = rng.integers(0, 256, (N, S, S, 3)).astype(np.float64) - np.array([103.939, 116.779, 123.68])
    net, heat, coords = seed_network(x)
    np.save(os.path.join(out, "input.npy"), x.astype(np.float32))
    np.save(os.path.join(out, "heatmaps.npy"), heat.astype(np.float32))
    np.save(os.path.join(out, "coords.npy"), coords.astype(np.float32))
    backbone = [layer for layer in net.layers if layer["name"].startswith(("conv", "pool"))]
    head = [layer for layer in net.layers if not layer["name"].startswith(("conv", "pool"))]
    writers = {
        "keras3.keras": lambda p: write_keras(p, net, "keras3"),
        "keras3_named.keras": lambda p: write_keras(p, net, "keras3_named"),
        "keras213.keras": lambda p: write_keras(p, net, "keras213"),
        "legacy_k2.h5": lambda p: write_legacy(p, net, keras2=True),
        "legacy_k3_chunked.h5": lambda p: write_legacy(p, net, keras2=False, chunked=True),
        "notop.h5": lambda p: write_legacy(p, net, whole_model=False, layers=backbone),
        # Decoder and head only (small), with a d2_conv2 kernel of the wrong shape: the import
        # must name it.
        "bad_shape.h5": lambda p: write_legacy(p, net, layers=head,
                                               mangle=("d2_conv2/kernel:0", lambda v: v[:, :, :-1, :])),
    }
    for name in sys.argv[2:] or writers:
        writers[name](os.path.join(out, name))
    print(json.dumps({"heatmaps_range": [float(heat.min()), float(heat.max())],
                      "coords": coords.reshape(-1).round(4).tolist()}))


if __name__ == "__main__":
    main()
