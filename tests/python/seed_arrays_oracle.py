"""Independent NumPy re-implementation of the seed's preprocess_vis.py arrays (the oracle of
test_core_seed_arrays). Reads the dataset's JSON files and mesh itself; the decoded images come as
<image name>.npy (uint8 H x W x 3, BGR) because Debian's python3 has no image decoder here.

usage: seed_arrays_oracle.py DATASET OURS_DIR DECODED_DIR NUMPY_OUT_DIR
Prints one JSON object with the comparison; writes numpy's own X_data.npy / Y_data.npz (float32,
savez_compressed) into NUMPY_OUT_DIR and a float64 / np.savez (stored) variant into
NUMPY_OUT_DIR/f64.
"""
import glob
import json
import math
import os
import sys

import numpy as np

CANVAS_W, CANVAS_H, CROP, TOP, LEFT, IMG, HEAT, SIGMA = 1920, 1080, 1000, 40, 460, 128, 64, 2.0
MEAN_BGR = np.array([103.939, 116.779, 123.68])


def resize_bilinear(image, out_h, out_w):
    """tf.image.resize(method='bilinear', antialias=False): half-pixel centres, edge clamp."""
    def axis(out_n, in_n):
        src = (np.arange(out_n) + 0.5) * (in_n / out_n) - 0.5
        low = np.floor(src)
        frac = src - low
        return (np.clip(low, 0, in_n - 1).astype(int), np.clip(low + 1, 0, in_n - 1).astype(int), frac)
    y0, y1, fy = axis(out_h, image.shape[0])
    x0, x1, fx = axis(out_w, image.shape[1])
    img = image.astype(np.float64)
    top = img[y0][:, x0] * (1 - fx)[None, :, None] + img[y0][:, x1] * fx[None, :, None]
    bottom = img[y1][:, x0] * (1 - fx)[None, :, None] + img[y1][:, x1] * fx[None, :, None]
    return top * (1 - fy)[:, None, None] + bottom * fy[:, None, None]


def geometry(w, h):
    scale = min(CANVAS_W / w, CANVAS_H / h)
    rw = min(max(int(math.floor(w * scale + 0.5)), 1), CANVAS_W)
    rh = min(max(int(math.floor(h * scale + 0.5)), 1), CANVAS_H)
    return rw, rh, (CANVAS_W - rw) // 2, (CANVAS_H - rh) // 2


def model_input(bgr):
    h, w = bgr.shape[:2]
    rw, rh, pad_left, pad_top = geometry(w, h)
    canvas = np.zeros((CANVAS_H, CANVAS_W, 3))
    canvas[pad_top:pad_top + rh, pad_left:pad_left + rw] = (
        bgr.astype(np.float64) if (rw, rh) == (w, h) else resize_bilinear(bgr, rh, rw))
    crop = canvas[TOP:TOP + CROP, LEFT:LEFT + CROP]
    return resize_bilinear(crop, IMG, IMG) - MEAN_BGR


def labels(annotation, w, h, k):
    rw, rh, pad_left, pad_top = geometry(w, h)
    coords = np.full(2 * k, -1.0)
    for vertex in annotation["visible_vertices"]:
        px, py = vertex["pixel_coordinates"][:2]
        lx = (px + 0.5) * (rw / w) + pad_left - LEFT - 0.5
        ly = (py + 0.5) * (rh / h) + pad_top - TOP - 0.5
        if 0 <= lx < CROP and 0 <= ly < CROP:
            coords[2 * vertex["index"]] = (lx + 0.5) / CROP
            coords[2 * vertex["index"] + 1] = (ly + 0.5) / CROP
    return coords


def heatmaps(coords, k):
    out = np.zeros((HEAT, HEAT, k))
    i, j = np.mgrid[0:HEAT, 0:HEAT]
    for c in range(k):
        x, y = coords[2 * c], coords[2 * c + 1]
        if x == -1 and y == -1:
            continue
        cx, cy = x * (HEAT - 1), y * (HEAT - 1)
        out[:, :, c] = np.exp(-((j - cx) ** 2 + (i - cy) ** 2) / (2 * SIGMA ** 2))
    return out


def main():
    dataset, ours, decoded, numpy_out = sys.argv[1:5]
    meshes = sorted(glob.glob(os.path.join(dataset, "Object_Information", "mesh_information*.json")))
    k = json.load(open(meshes[0]))["total_vertices"]
    names = sorted(n for n in os.listdir(os.path.join(dataset, "Rendered_Images"))
                   if os.path.exists(os.path.join(dataset, "JSON_Data_REF", os.path.splitext(n)[0] + ".json")))
    xs, ys, hs = [], [], []
    for name in names:
        bgr = np.load(os.path.join(decoded, name + ".npy"))
        annotation = json.load(open(os.path.join(dataset, "JSON_Data_REF", os.path.splitext(name)[0] + ".json")))
        xs.append(model_input(bgr))
        c = labels(annotation, bgr.shape[1], bgr.shape[0], k)
        ys.append(c)
        hs.append(heatmaps(c, k))
    x = np.stack(xs).astype(np.float32)
    coords = np.stack(ys).astype(np.float32)
    heat = np.stack(hs).astype(np.float32)

    our_x = np.load(os.path.join(ours, "X_data.npy"))
    with np.load(os.path.join(ours, "Y_data.npz")) as y:
        our_coords, our_heat, keys = y["coords"], y["heatmaps"], sorted(y.files)
    report = {
        "rows": len(names), "k": k, "names": names, "npz_keys": keys,
        "x_dtype": str(our_x.dtype), "x_shape": list(our_x.shape),
        "coords_dtype": str(our_coords.dtype), "coords_shape": list(our_coords.shape),
        "heatmaps_dtype": str(our_heat.dtype), "heatmaps_shape": list(our_heat.shape),
    }
    if our_x.shape == x.shape and our_coords.shape == coords.shape and our_heat.shape == heat.shape:
        report["x_max_abs_diff"] = float(np.abs(our_x - x).max())
        report["x_mean_abs_diff"] = float(np.abs(our_x - x).mean())
        report["coords_equal"] = bool(np.array_equal(our_coords, coords))
        report["coords_max_abs_diff"] = float(np.abs(our_coords - coords).max())
        report["heatmaps_max_abs_diff"] = float(np.abs(our_heat - heat).max())
        report["visible_coords"] = int((coords != -1).sum())

    os.makedirs(os.path.join(numpy_out, "f64"), exist_ok=True)
    np.save(os.path.join(numpy_out, "X_data.npy"), x)
    np.savez_compressed(os.path.join(numpy_out, "Y_data.npz"), heatmaps=heat, coords=coords)
    np.save(os.path.join(numpy_out, "f64", "X_data.npy"), x.astype(np.float64))
    np.savez(os.path.join(numpy_out, "f64", "Y_data.npz"), coords=coords.astype(np.float64), heatmaps=heat)
    print(json.dumps(report))


if __name__ == "__main__":
    main()
