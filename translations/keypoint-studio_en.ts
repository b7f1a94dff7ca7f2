<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>kps::AboutDialog</name>
    <message>
        <source>About Keypoint Studio</source>
        <translation>About Keypoint Studio</translation>
    </message>
    <message numerus="yes">
        <source>CUDA: %n GPU(s)</source>
        <translation>
            <numerusform>CUDA: %n GPU</numerusform>
            <numerusform>CUDA: %n GPUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CPU (%n thread(s))</source>
        <translation>
            <numerusform>CPU (%n thread)</numerusform>
            <numerusform>CPU (%n threads)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keypoint Studio %1&lt;/h3&gt;&lt;p&gt;Annotate, train and inspect heatmap keypoint detectors for spacecraft pose estimation.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keypoint Studio %1&lt;/h3&gt;&lt;p&gt;Annotate, train and inspect heatmap keypoint detectors for spacecraft pose estimation.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>LibTorch</source>
        <translation>LibTorch</translation>
    </message>
    <message>
        <source>OpenCV</source>
        <translation>OpenCV</translation>
    </message>
    <message>
        <source>Compute device</source>
        <translation>Compute device</translation>
    </message>
    <message>
        <source>README: installation, GPU training, command line</source>
        <translation>README: installation, GPU training, command line</translation>
    </message>
</context>
<context>
    <name>kps::ApplyPredictionsCommand</name>
    <message>
        <source>Apply model predictions</source>
        <translation>Apply model predictions</translation>
    </message>
</context>
<context>
    <name>kps::DataPage</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The annotation of %1 has unsaved changes.</source>
        <translation>The annotation of %1 has unsaved changes.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Save annotation</source>
        <translation>Save annotation</translation>
    </message>
    <message>
        <source>The annotation could not be saved.</source>
        <translation>The annotation could not be saved.</translation>
    </message>
    <message>
        <source>Predictions of %1 applied: correct them and save (Ctrl+Z undoes)</source>
        <translation>Predictions of %1 applied: correct them and save (Ctrl+Z undoes)</translation>
    </message>
    <message>
        <source>%1 is not an image of the open dataset</source>
        <translation>%1 is not an image of the open dataset</translation>
    </message>
    <message>
        <source>Click in the image to place keypoint %1 (Esc cancels)</source>
        <translation>Click in the image to place keypoint %1 (Esc cancels)</translation>
    </message>
    <message>
        <source>%1 belongs to no image of the list</source>
        <translation>%1 belongs to no image of the list</translation>
    </message>
    <message>
        <source>Demo dataset</source>
        <translation>Demo dataset</translation>
    </message>
    <message numerus="yes">
        <source>Rendering the demo dataset (%n image(s)); this happens once.</source>
        <translation>
            <numerusform>Rendering the demo dataset (%n image); this happens once.</numerusform>
            <numerusform>Rendering the demo dataset (%n images); this happens once.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Rendering the demo dataset into %1</source>
        <translation>Rendering the demo dataset into %1</translation>
    </message>
    <message>
        <source>The demo dataset could not be created.</source>
        <translation>The demo dataset could not be created.</translation>
    </message>
    <message>
        <source>Demo dataset cancelled</source>
        <translation>Demo dataset cancelled</translation>
    </message>
    <message>
        <source>No dataset open.

Open a dataset folder with File &gt; Open dataset… (%1)
or explore the built-in demo with File &gt; Open demo dataset.</source>
        <translation>No dataset open.

Open a dataset folder with File &gt; Open dataset… (%1)
or explore the built-in demo with File &gt; Open demo dataset.</translation>
    </message>
    <message>
        <source>Scanning the dataset…</source>
        <translation>Scanning the dataset…</translation>
    </message>
    <message>
        <source>The dataset could not be opened:
%1</source>
        <translation>The dataset could not be opened:
%1</translation>
    </message>
    <message>
        <source>No images found in %1.
A dataset needs Rendered_Images/, JSON_Data_REF/ and Object_Information/mesh_information.json; see the Problems panel.</source>
        <translation>No images found in %1.
A dataset needs Rendered_Images/, JSON_Data_REF/ and Object_Information/mesh_information.json; see the Problems panel.</translation>
    </message>
    <message>
        <source>Select an image in the Images panel.</source>
        <translation>Select an image in the Images panel.</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Keypoints</source>
        <translation>Keypoints</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>&lt;loaded&gt;</source>
        <translation>&lt;loaded&gt;</translation>
    </message>
    <message>
        <source>&amp;Save annotation</source>
        <translation>&amp;Save annotation</translation>
    </message>
    <message>
        <source>Write the shown image's annotation JSON</source>
        <translation>Write the shown image's annotation JSON</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Toggle &amp;visible</source>
        <translation>Toggle &amp;visible</translation>
    </message>
    <message>
        <source>Mark the selected keypoint visible or not visible</source>
        <translation>Mark the selected keypoint visible or not visible</translation>
    </message>
    <message>
        <source>&amp;Delete keypoint</source>
        <translation>&amp;Delete keypoint</translation>
    </message>
    <message>
        <source>&amp;Place keypoint</source>
        <translation>&amp;Place keypoint</translation>
    </message>
    <message>
        <source>Click in the image to place the selected (or first missing) keypoint</source>
        <translation>Click in the image to place the selected (or first missing) keypoint</translation>
    </message>
    <message>
        <source>&amp;Cancel placing</source>
        <translation>&amp;Cancel placing</translation>
    </message>
    <message>
        <source>&amp;Keypoints</source>
        <translation>&amp;Keypoints</translation>
    </message>
    <message>
        <source>Keypoint &amp;labels</source>
        <translation>Keypoint &amp;labels</translation>
    </message>
    <message>
        <source>Mesh &amp;edges</source>
        <translation>Mesh &amp;edges</translation>
    </message>
    <message>
        <source>&amp;Crop box</source>
        <translation>&amp;Crop box</translation>
    </message>
    <message>
        <source>&amp;Non-visible keypoints</source>
        <translation>&amp;Non-visible keypoints</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Fit to window</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Actual size</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Zoom o&amp;ut</source>
        <translation>Zoom o&amp;ut</translation>
    </message>
    <message>
        <source>&amp;Next image</source>
        <translation>&amp;Next image</translation>
    </message>
    <message>
        <source>&amp;Previous image</source>
        <translation>&amp;Previous image</translation>
    </message>
</context>
<context>
    <name>kps::DataStatusWidgets</name>
    <message>
        <source>Scanning %1…</source>
        <translation>Scanning %1…</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Could not open %1</translation>
    </message>
    <message>
        <source>x %1  y %2</source>
        <translation>x %1  y %2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotated</source>
        <translation>
            <numerusform>%n annotated</numerusform>
            <numerusform>%n annotated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keypoint(s) per image</source>
        <translation>
            <numerusform>%n keypoint per image</numerusform>
            <numerusform>%n keypoints per image</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message numerus="yes">
        <source>%n visible</source>
        <translation>
            <numerusform>%n visible</numerusform>
            <numerusform>%n visible</numerusform>
        </translation>
    </message>
    <message>
        <source>not annotated</source>
        <translation>not annotated</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>kps::DatasetController</name>
    <message>
        <source>%1 has an annotation but no image.</source>
        <translation>%1 has an annotation but no image.</translation>
    </message>
    <message>
        <source>The image could not be read: %1</source>
        <translation>The image could not be read: %1</translation>
    </message>
    <message>
        <source>The annotation could not be read: %1</source>
        <translation>The annotation could not be read: %1</translation>
    </message>
</context>
<context>
    <name>kps::DeleteKeypointCommand</name>
    <message>
        <source>Delete keypoint %1</source>
        <translation>Delete keypoint %1</translation>
    </message>
</context>
<context>
    <name>kps::DemoDatasetJob</name>
    <message>
        <source>Could not move %1 to %2</source>
        <translation>Could not move %1 to %2</translation>
    </message>
</context>
<context>
    <name>kps::ErrorHistogramPlot</name>
    <message>
        <source>Keypoints</source>
        <translation>Keypoints</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>Error (%1)</source>
        <translation>Error (%1)</translation>
    </message>
</context>
<context>
    <name>kps::EvaluationReportWriter</name>
    <message>
        <source>IMG px</source>
        <translation>IMG px</translation>
    </message>
    <message>
        <source>Mean error (%1)</source>
        <translation>Mean error (%1)</translation>
    </message>
    <message>
        <source>PCK@2 (%)</source>
        <translation>PCK@2 (%)</translation>
    </message>
    <message>
        <source>Heatmap peak</source>
        <translation>Heatmap peak</translation>
    </message>
    <message>
        <source>Error (%1)</source>
        <translation>Error (%1)</translation>
    </message>
    <message>
        <source>Keypoint evaluation report</source>
        <translation>Keypoint evaluation report</translation>
    </message>
    <message>
        <source>Model and dataset</source>
        <translation>Model and dataset</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>Model file</translation>
    </message>
    <message>
        <source>Weights SHA-256</source>
        <translation>Weights SHA-256</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>preset %1, backbone %2, %3 keypoints, input %4 px, heatmaps %5 px</source>
        <translation>preset %1, backbone %2, %3 keypoints, input %4 px, heatmaps %5 px</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>%1 evaluated (%2 annotated), split: %3</source>
        <translation>%1 evaluated (%2 annotated), split: %3</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Keypoint Studio version</source>
        <translation>Keypoint Studio version</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>%1 images processed, %2 with ground truth, %3 visible keypoints evaluated.</source>
        <translation>%1 images processed, %2 with ground truth, %3 visible keypoints evaluated.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>IMG px (%1 x %1)</source>
        <translation>IMG px (%1 x %1)</translation>
    </message>
    <message>
        <source>Original px</source>
        <translation>Original px</translation>
    </message>
    <message>
        <source>Visible keypoints</source>
        <translation>Visible keypoints</translation>
    </message>
    <message>
        <source>MAE dx</source>
        <translation>MAE dx</translation>
    </message>
    <message>
        <source>MAE dy</source>
        <translation>MAE dy</translation>
    </message>
    <message>
        <source>RMSE dx</source>
        <translation>RMSE dx</translation>
    </message>
    <message>
        <source>RMSE dy</source>
        <translation>RMSE dy</translation>
    </message>
    <message>
        <source>Euclidean mean</source>
        <translation>Euclidean mean</translation>
    </message>
    <message>
        <source>Euclidean median</source>
        <translation>Euclidean median</translation>
    </message>
    <message>
        <source>Euclidean P95</source>
        <translation>Euclidean P95</translation>
    </message>
    <message>
        <source>Euclidean RMSE</source>
        <translation>Euclidean RMSE</translation>
    </message>
    <message>
        <source>Euclidean max</source>
        <translation>Euclidean max</translation>
    </message>
    <message>
        <source>PCK &lt;= %1 px (%)</source>
        <translation>PCK &lt;= %1 px (%)</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Plots</translation>
    </message>
    <message>
        <source>PCK curve: percent of visible keypoints within a threshold (IMG px).</source>
        <translation>PCK curve: percent of visible keypoints within a threshold (IMG px).</translation>
    </message>
    <message>
        <source>Histogram of keypoint errors (IMG px).</source>
        <translation>Histogram of keypoint errors (IMG px).</translation>
    </message>
    <message>
        <source>Mean error per keypoint (IMG px).</source>
        <translation>Mean error per keypoint (IMG px).</translation>
    </message>
    <message>
        <source>PCK@2 per keypoint.</source>
        <translation>PCK@2 per keypoint.</translation>
    </message>
    <message>
        <source>Error against the heatmap peak of each visible keypoint.</source>
        <translation>Error against the heatmap peak of each visible keypoint.</translation>
    </message>
    <message>
        <source>Per keypoint</source>
        <translation>Per keypoint</translation>
    </message>
    <message>
        <source>Errors in IMG px unless marked as original px; PCK@2 counts errors &lt;= 2 IMG px.</source>
        <translation>Errors in IMG px unless marked as original px; PCK@2 counts errors &lt;= 2 IMG px.</translation>
    </message>
    <message>
        <source>Keypoint</source>
        <translation>Keypoint</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Visible</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>P95</source>
        <translation>P95</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Mean (original px)</source>
        <translation>Mean (original px)</translation>
    </message>
    <message>
        <source>Mean heatmap peak</source>
        <translation>Mean heatmap peak</translation>
    </message>
    <message>
        <source>Worst images</source>
        <translation>Worst images</translation>
    </message>
    <message>
        <source>No annotated image with visible keypoints.</source>
        <translation>No annotated image with visible keypoints.</translation>
    </message>
    <message>
        <source>The %1 images with the largest mean error; x = ground truth, o = prediction, on the model's input crop.</source>
        <translation>The %1 images with the largest mean error; x = ground truth, o = prediction, on the model's input crop.</translation>
    </message>
    <message>
        <source>#%1 %2: mean %3 IMG px (%4 original px), max %5 IMG px, %6 keypoints</source>
        <translation>#%1 %2: mean %3 IMG px (%4 original px), max %5 IMG px, %6 keypoints</translation>
    </message>
    <message>
        <source>Pose check</source>
        <translation>Pose check</translation>
    </message>
    <message>
        <source>Not available: needs vertex_coordinates in the mesh and a camera block in the annotations.</source>
        <translation>Not available: needs vertex_coordinates in the mesh and a camera block in the annotations.</translation>
    </message>
    <message>
        <source>Pose solved by PnP (SQPnP + Levenberg-Marquardt) from the predicted visible keypoints in original pixels, compared with the annotated camera pose.</source>
        <translation>Pose solved by PnP (SQPnP + Levenberg-Marquardt) from the predicted visible keypoints in original pixels, compared with the annotated camera pose.</translation>
    </message>
    <message>
        <source>Images solved</source>
        <translation>Images solved</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Rotation error mean / median</source>
        <translation>Rotation error mean / median</translation>
    </message>
    <message>
        <source>%1 / %2 deg</source>
        <translation>%1 / %2 deg</translation>
    </message>
    <message>
        <source>Translation error mean / median</source>
        <translation>Translation error mean / median</translation>
    </message>
    <message>
        <source>%1 / %2 m</source>
        <translation>%1 / %2 m</translation>
    </message>
    <message>
        <source>Relative translation error mean / median</source>
        <translation>Relative translation error mean / median</translation>
    </message>
    <message>
        <source>%1 / %2 %</source>
        <translation>%1 / %2 %</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Rotation (deg)</source>
        <translation>Rotation (deg)</translation>
    </message>
    <message>
        <source>Translation (m)</source>
        <translation>Translation (m)</translation>
    </message>
    <message>
        <source>Reprojection (px)</source>
        <translation>Reprojection (px)</translation>
    </message>
    <message>
        <source>not enough points</source>
        <translation>not enough points</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Model configuration</source>
        <translation>Model configuration</translation>
    </message>
</context>
<context>
    <name>kps::ExportModelDialog</name>
    <message>
        <source>Export model</source>
        <translation>Export model</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Weights file</source>
        <translation>Weights file</translation>
    </message>
    <message>
        <source>Weights (*.pt);;All files (*)</source>
        <translation>Weights (*.pt);;All files (*)</translation>
    </message>
    <message>
        <source>ONNX file</source>
        <translation>ONNX file</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation>ONNX models (*.onnx)</translation>
    </message>
    <message>
        <source>Dynamic</source>
        <translation>Dynamic</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <source>Heatmaps (N,K,HEAT,HEAT)</source>
        <translation>Heatmaps (N,K,HEAT,HEAT)</translation>
    </message>
    <message>
        <source>Coordinates (N,K,2), normalised</source>
        <translation>Coordinates (N,K,2), normalised</translation>
    </message>
    <message>
        <source>Include the input normalisation (raw 0-255 RGB input)</source>
        <translation>Include the input normalisation (raw 0-255 RGB input)</translation>
    </message>
    <message>
        <source>Weights:</source>
        <translation>Weights:</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Output:</translation>
    </message>
    <message>
        <source>Opset:</source>
        <translation>Opset:</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>Batch:</translation>
    </message>
    <message>
        <source>Outputs:</source>
        <translation>Outputs:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Choose a weights file (best.pt or last.pt).</source>
        <translation>Choose a weights file (best.pt or last.pt).</translation>
    </message>
    <message>
        <source>Choose where to write the ONNX file.</source>
        <translation>Choose where to write the ONNX file.</translation>
    </message>
    <message>
        <source>The output folder %1 does not exist.</source>
        <translation>The output folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Choose at least one output.</source>
        <translation>Choose at least one output.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <source>Exported and verified: %1
OpenCV DNN vs LibTorch: max |Δheatmap| %2, max |Δcoord| %3 px (IMG space).</source>
        <translation>Exported and verified: %1
OpenCV DNN vs LibTorch: max |Δheatmap| %2, max |Δcoord| %3 px (IMG space).</translation>
    </message>
    <message>
        <source>Verification FAILED: OpenCV DNN and LibTorch disagree beyond the tolerance. The file is kept as %1 for inspection.</source>
        <translation>Verification FAILED: OpenCV DNN and LibTorch disagree beyond the tolerance. The file is kept as %1 for inspection.</translation>
    </message>
</context>
<context>
    <name>kps::HeatmapEvolutionView</name>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Step through the epochs automatically</source>
        <translation>Step through the epochs automatically</translation>
    </message>
    <message>
        <source>Epoch whose heatmaps are shown</source>
        <translation>Epoch whose heatmaps are shown</translation>
    </message>
    <message>
        <source>Epoch %1 of %2</source>
        <translation>Epoch %1 of %2</translation>
    </message>
    <message>
        <source>Selected keypoint over the epochs: peak height, fitted sigma against the target's sigma, and epochs with a second peak</source>
        <translation>Selected keypoint over the epochs: peak height, fitted sigma against the target's sigma, and epochs with a second peak</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <source>Peak height</source>
        <translation>Peak height</translation>
    </message>
    <message>
        <source>Sigma (px)</source>
        <translation>Sigma (px)</translation>
    </message>
    <message>
        <source>Fitted sigma</source>
        <translation>Fitted sigma</translation>
    </message>
    <message>
        <source>Second peak</source>
        <translation>Second peak</translation>
    </message>
    <message>
        <source>Target sigma</source>
        <translation>Target sigma</translation>
    </message>
    <message>
        <source>No snapshots</source>
        <translation>No snapshots</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>kps::HeatmapGridView</name>
    <message>
        <source>All keypoints</source>
        <translation>All keypoints</translation>
    </message>
    <message>
        <source>One keypoint</source>
        <translation>One keypoint</translation>
    </message>
    <message>
        <source>Show every keypoint's heatmap as a tile, or one keypoint large with target, prediction and difference</source>
        <translation>Show every keypoint's heatmap as a tile, or one keypoint large with target, prediction and difference</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Prediction</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Which map the tiles show (difference = prediction − target)</source>
        <translation>Which map the tiles show (difference = prediction − target)</translation>
    </message>
    <message>
        <source>Keypoint:</source>
        <translation>Keypoint:</translation>
    </message>
    <message>
        <source>Selected keypoint (click a tile to select it)</source>
        <translation>Selected keypoint (click a tile to select it)</translation>
    </message>
    <message>
        <source>On image</source>
        <translation>On image</translation>
    </message>
    <message>
        <source>Draw the heatmaps over the input image with the ground truth (x) and the prediction (o)</source>
        <translation>Draw the heatmaps over the input image with the ground truth (x) and the prediction (o)</translation>
    </message>
    <message>
        <source>Keypoint %1: peak %2 at (%3, %4)</source>
        <translation>Keypoint %1: peak %2 at (%3, %4)</translation>
    </message>
    <message>
        <source>No heatmaps</source>
        <translation>No heatmaps</translation>
    </message>
    <message>
        <source>Prediction − target</source>
        <translation>Prediction − target</translation>
    </message>
    <message>
        <source>%1 (keypoint %2)</source>
        <translation>%1 (keypoint %2)</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>No target</translation>
    </message>
</context>
<context>
    <name>kps::ImageDeltaTableModel</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Mean A (px)</source>
        <translation>Mean A (px)</translation>
    </message>
    <message>
        <source>Mean B (px)</source>
        <translation>Mean B (px)</translation>
    </message>
    <message>
        <source>B - A (px)</source>
        <translation>B - A (px)</translation>
    </message>
    <message>
        <source>B - A (orig px)</source>
        <translation>B - A (orig px)</translation>
    </message>
</context>
<context>
    <name>kps::ImageErrorTableModel</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Mean (px)</source>
        <translation>Mean (px)</translation>
    </message>
    <message>
        <source>Max (px)</source>
        <translation>Max (px)</translation>
    </message>
    <message>
        <source>Mean (orig px)</source>
        <translation>Mean (orig px)</translation>
    </message>
    <message>
        <source>kp %1</source>
        <translation>kp %1</translation>
    </message>
    <message>
        <source>Euclidean error of keypoint %1 in IMG pixels (empty: not visible)</source>
        <translation>Euclidean error of keypoint %1 in IMG pixels (empty: not visible)</translation>
    </message>
</context>
<context>
    <name>kps::InspectComparePanel</name>
    <message>
        <source>model B: best.pt of another run, or a weights file</source>
        <translation>model B: best.pt of another run, or a weights file</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Run (or load) model B on the same images and compare</source>
        <translation>Run (or load) model B on the same images and compare</translation>
    </message>
    <message>
        <source>Choose model B</source>
        <translation>Choose model B</translation>
    </message>
</context>
<context>
    <name>kps::InspectController</name>
    <message>
        <source>Running the model…</source>
        <translation>Running the model…</translation>
    </message>
    <message>
        <source>Loading cached results…</source>
        <translation>Loading cached results…</translation>
    </message>
    <message>
        <source>%1 of %2 images, about %3 s left</source>
        <translation>%1 of %2 images, about %3 s left</translation>
    </message>
    <message>
        <source>%1 of %2 images</source>
        <translation>%1 of %2 images</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Inspection failed: %1</source>
        <translation>Inspection failed: %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was cached.</source>
        <translation>Cancelled; nothing was cached.</translation>
    </message>
    <message>
        <source>Inspection cancelled</source>
        <translation>Inspection cancelled</translation>
    </message>
    <message>
        <source>Running model B…</source>
        <translation>Running model B…</translation>
    </message>
    <message>
        <source>Loading model B's cached results…</source>
        <translation>Loading model B's cached results…</translation>
    </message>
    <message>
        <source>Model B: %1 of %2 images</source>
        <translation>Model B: %1 of %2 images</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Choose a model and a dataset first</source>
        <translation>Choose a model and a dataset first</translation>
    </message>
    <message>
        <source>No such model file: %1</source>
        <translation>No such model file: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Loaded cached results: %1 images</source>
        <translation>Loaded cached results: %1 images</translation>
    </message>
    <message>
        <source>Inspection finished: %1 images</source>
        <translation>Inspection finished: %1 images</translation>
    </message>
    <message>
        <source> (%1 problems)</source>
        <translation> (%1 problems)</translation>
    </message>
    <message>
        <source>Choose model B (a weights file) and a dataset first</source>
        <translation>Choose model B (a weights file) and a dataset first</translation>
    </message>
    <message>
        <source>Model B is ready; run model A to compare</source>
        <translation>Model B is ready; run model A to compare</translation>
    </message>
    <message>
        <source>A: %1, B: %2; euclidean mean %3 -&gt; %4 px (B - A = %5)</source>
        <translation>A: %1, B: %2; euclidean mean %3 -&gt; %4 px (B - A = %5)</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Compared</translation>
    </message>
    <message>
        <source>Predictions of %1 sent to the annotation editor</source>
        <translation>Predictions of %1 sent to the annotation editor</translation>
    </message>
</context>
<context>
    <name>kps::InspectErrorsPanel</name>
    <message>
        <source>All keypoints</source>
        <translation>All keypoints</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>any error</source>
        <translation>any error</translation>
    </message>
    <message>
        <source>Only images whose error (of the chosen keypoint, or their largest) is above this, in IMG pixels</source>
        <translation>Only images whose error (of the chosen keypoint, or their largest) is above this, in IMG pixels</translation>
    </message>
    <message>
        <source>Keypoint:</source>
        <translation>Keypoint:</translation>
    </message>
    <message>
        <source>Error above:</source>
        <translation>Error above:</translation>
    </message>
    <message>
        <source>Keypoint %1</source>
        <translation>Keypoint %1</translation>
    </message>
</context>
<context>
    <name>kps::InspectImagePanel</name>
    <message>
        <source>Original image</source>
        <translation>Original image</translation>
    </message>
    <message>
        <source>Model crop</source>
        <translation>Model crop</translation>
    </message>
    <message>
        <source>Show the original image or the model's input crop</source>
        <translation>Show the original image or the model's input crop</translation>
    </message>
    <message>
        <source>Error vectors</source>
        <translation>Error vectors</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Uncertainty</translation>
    </message>
    <message>
        <source>2-sigma ellipse of the heatmap's SoftArgMax distribution; dashed red: multi-peak</source>
        <translation>2-sigma ellipse of the heatmap's SoftArgMax distribution; dashed red: multi-peak</translation>
    </message>
    <message>
        <source>Heatmap overlay</source>
        <translation>Heatmap overlay</translation>
    </message>
    <message>
        <source>Overlay the selected keypoint's predicted heatmap</source>
        <translation>Overlay the selected keypoint's predicted heatmap</translation>
    </message>
    <message>
        <source>Heatmap overlay opacity</source>
        <translation>Heatmap overlay opacity</translation>
    </message>
    <message>
        <source>Correct this</source>
        <translation>Correct this</translation>
    </message>
    <message>
        <source>Turn the predictions into an editable annotation of this image (undoable)</source>
        <translation>Turn the predictions into an editable annotation of this image (undoable)</translation>
    </message>
    <message>
        <source>Choose a model and a dataset, then Run</source>
        <translation>Choose a model and a dataset, then Run</translation>
    </message>
    <message>
        <source>%1 (%2 of %3), %4 x %5</source>
        <translation>%1 (%2 of %3), %4 x %5</translation>
    </message>
    <message>
        <source>; mean error %1 px (%2 original px), max %3 px</source>
        <translation>; mean error %1 px (%2 original px), max %3 px</translation>
    </message>
    <message>
        <source>; no ground truth</source>
        <translation>; no ground truth</translation>
    </message>
    <message>
        <source>; pose: rotation error %1°, translation error %2</source>
        <translation>; pose: rotation error %1°, translation error %2</translation>
    </message>
    <message>
        <source>; pose not solved (%1)</source>
        <translation>; pose not solved (%1)</translation>
    </message>
</context>
<context>
    <name>kps::InspectPage</name>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Report folder</source>
        <translation>Report folder</translation>
    </message>
    <message>
        <source>Report failed: %1</source>
        <translation>Report failed: %1</translation>
    </message>
    <message>
        <source>Keypoints</source>
        <translation>Keypoints</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>nothing to report: run an inspection first</source>
        <translation>nothing to report: run an inspection first</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>Report written: %1</translation>
    </message>
</context>
<context>
    <name>kps::InspectRunPanel</name>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>best.pt of a run, or any weights file</source>
        <translation>best.pt of a run, or any weights file</translation>
    </message>
    <message>
        <source>dataset folder</source>
        <translation>dataset folder</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Dataset:</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>All images</translation>
    </message>
    <message>
        <source>Validation split of the run</source>
        <translation>Validation split of the run</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>Images:</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Load the cached results, or run the model when there are none</source>
        <translation>Load the cached results, or run the model when there are none</translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation>Re-run</translation>
    </message>
    <message>
        <source>Run the model again, replacing the cached results</source>
        <translation>Run the model again, replacing the cached results</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Export report…</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Choose a model</translation>
    </message>
    <message>
        <source>Choose a dataset</source>
        <translation>Choose a dataset</translation>
    </message>
    <message>
        <source>Weights (*.pt *.pth *.keras *.h5);;All files (*)</source>
        <translation>Weights (*.pt *.pth *.keras *.h5);;All files (*)</translation>
    </message>
    <message>
        <source>No split.json next to the model</source>
        <translation>No split.json next to the model</translation>
    </message>
</context>
<context>
    <name>kps::InspectStatisticsPanel</name>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>IMG px</source>
        <translation>IMG px</translation>
    </message>
    <message>
        <source>Original px</source>
        <translation>Original px</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>PCK</source>
        <translation>PCK</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogram</translation>
    </message>
    <message>
        <source>Per keypoint</source>
        <translation>Per keypoint</translation>
    </message>
    <message>
        <source>Error vs peak</source>
        <translation>Error vs peak</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Rotation error (deg)</source>
        <translation>Rotation error (deg)</translation>
    </message>
    <message>
        <source>Translation error</source>
        <translation>Translation error</translation>
    </message>
    <message>
        <source>Relative (%)</source>
        <translation>Relative (%)</translation>
    </message>
    <message>
        <source>Reprojection (px)</source>
        <translation>Reprojection (px)</translation>
    </message>
    <message>
        <source>Pose check</source>
        <translation>Pose check</translation>
    </message>
    <message>
        <source>Visible keypoints</source>
        <translation>Visible keypoints</translation>
    </message>
    <message>
        <source>MAE dx</source>
        <translation>MAE dx</translation>
    </message>
    <message>
        <source>MAE dy</source>
        <translation>MAE dy</translation>
    </message>
    <message>
        <source>RMSE dx</source>
        <translation>RMSE dx</translation>
    </message>
    <message>
        <source>RMSE dy</source>
        <translation>RMSE dy</translation>
    </message>
    <message>
        <source>Euclidean mean</source>
        <translation>Euclidean mean</translation>
    </message>
    <message>
        <source>Euclidean median</source>
        <translation>Euclidean median</translation>
    </message>
    <message>
        <source>Euclidean P95</source>
        <translation>Euclidean P95</translation>
    </message>
    <message>
        <source>Euclidean RMSE</source>
        <translation>Euclidean RMSE</translation>
    </message>
    <message>
        <source>Euclidean max</source>
        <translation>Euclidean max</translation>
    </message>
    <message>
        <source>PCK@%1 px (%)</source>
        <translation>PCK@%1 px (%)</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Annotated images</source>
        <translation>Annotated images</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>original px</source>
        <translation>original px</translation>
    </message>
    <message>
        <source>Mean error (IMG px)</source>
        <translation>Mean error (IMG px)</translation>
    </message>
    <message>
        <source>Heatmap peak</source>
        <translation>Heatmap peak</translation>
    </message>
    <message>
        <source>Error (IMG px)</source>
        <translation>Error (IMG px)</translation>
    </message>
    <message>
        <source>Pose check not available: it needs vertex_coordinates in the mesh and a camera block in the annotations.</source>
        <translation>Pose check not available: it needs vertex_coordinates in the mesh and a camera block in the annotations.</translation>
    </message>
    <message>
        <source>Pose check (PnP from predicted visible keypoints): %1 of %2 images solved; rotation error mean %3°, median %4°; translation error mean %5, median %6 (median %7 % of the distance)</source>
        <translation>Pose check (PnP from predicted visible keypoints): %1 of %2 images solved; rotation error mean %3°, median %4°; translation error mean %5, median %6 (median %7 % of the distance)</translation>
    </message>
</context>
<context>
    <name>kps::KeypointBarPlot</name>
    <message>
        <source>Keypoint</source>
        <translation>Keypoint</translation>
    </message>
</context>
<context>
    <name>kps::KeypointImageView</name>
    <message>
        <source>Keypoint %1 at (%2, %3)</source>
        <translation>Keypoint %1 at (%2, %3)</translation>
    </message>
    <message>
        <source>Keypoint %1 (not visible) at (%2, %3)</source>
        <translation>Keypoint %1 (not visible) at (%2, %3)</translation>
    </message>
</context>
<context>
    <name>kps::KeypointTableModel</name>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>behind camera</source>
        <translation>behind camera</translation>
    </message>
    <message>
        <source>outside view</source>
        <translation>outside view</translation>
    </message>
    <message>
        <source>visible</source>
        <translation>visible</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>hidden</translation>
    </message>
    <message>
        <source>Keypoint %1 is not in the annotation: type coordinates or use Edit &gt; Place keypoint to add it.</source>
        <translation>Keypoint %1 is not in the annotation: type coordinates or use Edit &gt; Place keypoint to add it.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Visible</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>kps::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Recent datasets</source>
        <translation>&amp;Recent datasets</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Overlays</source>
        <translation>&amp;Overlays</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Open dataset…</source>
        <translation>&amp;Open dataset…</translation>
    </message>
    <message>
        <source>Open a dataset folder in the 4SP layout</source>
        <translation>Open a dataset folder in the 4SP layout</translation>
    </message>
    <message>
        <source>Open &amp;demo dataset</source>
        <translation>Open &amp;demo dataset</translation>
    </message>
    <message>
        <source>Open the built-in synthetic spacecraft dataset (generated on first use)</source>
        <translation>Open the built-in synthetic spacecraft dataset (generated on first use)</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Clear list</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About Keypoint Studio</source>
        <translation>&amp;About Keypoint Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Open dataset</source>
        <translation>Open dataset</translation>
    </message>
    <message>
        <source>&amp;%1 %2  (%3)</source>
        <translation>&amp;%1 %2  (%3)</translation>
    </message>
    <message>
        <source>Pane&amp;ls</source>
        <translation>Pane&amp;ls</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;New synthetic dataset…</source>
        <translation>&amp;New synthetic dataset…</translation>
    </message>
    <message>
        <source>Render a synthetic spacecraft dataset and open it</source>
        <translation>Render a synthetic spacecraft dataset and open it</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Mouse: drag a keypoint to move it; drag the image to pan; wheel to zoom.</source>
        <translation>Mouse: drag a keypoint to move it; drag the image to pan; wheel to zoom.</translation>
    </message>
    <message>
        <source>Open training run</source>
        <translation>Open training run</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>Modes</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Browse and annotate the dataset (Ctrl+1)</source>
        <translation>Browse and annotate the dataset (Ctrl+1)</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Train</translation>
    </message>
    <message>
        <source>Train a model and watch it learn (Ctrl+2)</source>
        <translation>Train a model and watch it learn (Ctrl+2)</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspect</translation>
    </message>
    <message>
        <source>Run a model over the dataset: errors, heatmaps, statistics, reports (Ctrl+3)</source>
        <translation>Run a model over the dataset: errors, heatmaps, statistics, reports (Ctrl+3)</translation>
    </message>
    <message>
        <source>Open training &amp;run…</source>
        <translation>Open training &amp;run…</translation>
    </message>
    <message>
        <source>Show a run directory's curves and heatmaps; follow it live while it trains</source>
        <translation>Show a run directory's curves and heatmaps; follow it live while it trains</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>Language of the user interface</source>
        <translation>Language of the user interface</translation>
    </message>
    <message>
        <source>User &amp;guide (README)</source>
        <translation>User &amp;guide (README)</translation>
    </message>
    <message>
        <source>Open the README shipped with Keypoint Studio</source>
        <translation>Open the README shipped with Keypoint Studio</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>Training is running</translation>
    </message>
    <message>
        <source>Stop training and quit? The run stops after the current batch and can be resumed later (Train &gt; Resume run).</source>
        <translation>Stop training and quit? The run stops after the current batch and can be resumed later (Train &gt; Resume run).</translation>
    </message>
    <message>
        <source>&amp;Export model…</source>
        <translation>&amp;Export model…</translation>
    </message>
    <message>
        <source>Write the model as ONNX and verify it with OpenCV DNN against LibTorch</source>
        <translation>Write the model as ONNX and verify it with OpenCV DNN against LibTorch</translation>
    </message>
    <message>
        <source>Exported and verified %1</source>
        <translation>Exported and verified %1</translation>
    </message>
    <message>
        <source>ONNX export failed; see the Export model dialog</source>
        <translation>ONNX export failed; see the Export model dialog</translation>
    </message>
</context>
<context>
    <name>kps::MaterialModeCombo</name>
    <message>
        <source>Fixed (every face keeps its colour)</source>
        <translation>Fixed (every face keeps its colour)</translation>
    </message>
    <message>
        <source>Random (new colours in every image)</source>
        <translation>Random (new colours in every image)</translation>
    </message>
    <message>
        <source>Fixed gives the spacecraft one livery, as a real one has, so a model can tell its faces (and symmetric corners) apart by colour. Random draws every face's colour anew for each image.</source>
        <translation>Fixed gives the spacecraft one livery, as a real one has, so a model can tell its faces (and symmetric corners) apart by colour. Random draws every face's colour anew for each image.</translation>
    </message>
</context>
<context>
    <name>kps::MetricDeltaTableModel</name>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>B - A</source>
        <translation>B - A</translation>
    </message>
</context>
<context>
    <name>kps::MoveKeypointCommand</name>
    <message>
        <source>Move keypoint %1 to (%2, %3)</source>
        <translation>Move keypoint %1 to (%2, %3)</translation>
    </message>
</context>
<context>
    <name>kps::NewDatasetDialog</name>
    <message>
        <source>New synthetic dataset</source>
        <translation>New synthetic dataset</translation>
    </message>
    <message>
        <source>Built-in spacecraft</source>
        <translation>Built-in spacecraft</translation>
    </message>
    <message>
        <source>From file (mesh_information.json or .obj)</source>
        <translation>From file (mesh_information.json or .obj)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Occlusion (ray test against every face)</source>
        <translation>Occlusion (ray test against every face)</translation>
    </message>
    <message>
        <source>4SP (faces turned toward the camera)</source>
        <translation>4SP (faces turned toward the camera)</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>&amp;Images:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <source>&amp;Mesh:</source>
        <translation>&amp;Mesh:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolution:</translation>
    </message>
    <message>
        <source>&amp;Visibility rule:</source>
        <translation>&amp;Visibility rule:</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>&amp;Output folder:</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generate</translation>
    </message>
    <message>
        <source>Mesh file</source>
        <translation>Mesh file</translation>
    </message>
    <message>
        <source>Meshes (*.json *.obj);;All files (*)</source>
        <translation>Meshes (*.json *.obj);;All files (*)</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Output folder</translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation>Choose an output folder.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 is a file, not a folder.</translation>
    </message>
    <message>
        <source>The output folder must be new or empty.</source>
        <translation>The output folder must be new or empty.</translation>
    </message>
    <message>
        <source>Choose a mesh file.</source>
        <translation>Choose a mesh file.</translation>
    </message>
    <message numerus="yes">
        <source>Rendering %n image(s)…</source>
        <translation>
            <numerusform>Rendering %n image…</numerusform>
            <numerusform>Rendering %n images…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) written.</source>
        <translation>
            <numerusform>%n image written.</numerusform>
            <numerusform>%n images written.</numerusform>
        </translation>
    </message>
    <message>
        <source>The dataset could not be created: %1</source>
        <translation>The dataset could not be created: %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept.</source>
        <translation>Cancelled; nothing was kept.</translation>
    </message>
    <message>
        <source>M&amp;aterials:</source>
        <translation>M&amp;aterials:</translation>
    </message>
</context>
<context>
    <name>kps::OnnxExportJob</name>
    <message>
        <source>Writing the ONNX graph…</source>
        <translation>Writing the ONNX graph…</translation>
    </message>
    <message>
        <source>Verifying with OpenCV DNN against LibTorch…</source>
        <translation>Verifying with OpenCV DNN against LibTorch…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Loading the weights…</source>
        <translation>Loading the weights…</translation>
    </message>
</context>
<context>
    <name>kps::PckCurvePlot</name>
    <message>
        <source>Correct keypoints (%)</source>
        <translation>Correct keypoints (%)</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>Threshold (%1)</source>
        <translation>Threshold (%1)</translation>
    </message>
</context>
<context>
    <name>kps::PlaceKeypointCommand</name>
    <message>
        <source>Place keypoint %1 at (%2, %3)</source>
        <translation>Place keypoint %1 at (%2, %3)</translation>
    </message>
</context>
<context>
    <name>kps::PredictionKeypointTableModel</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>The heatmap has a second peak: SoftArgMax averages the two and may land between them.</source>
        <translation>The heatmap has a second peak: SoftArgMax averages the two and may land between them.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>GT x</source>
        <translation>GT x</translation>
    </message>
    <message>
        <source>GT y</source>
        <translation>GT y</translation>
    </message>
    <message>
        <source>Pred x</source>
        <translation>Pred x</translation>
    </message>
    <message>
        <source>Pred y</source>
        <translation>Pred y</translation>
    </message>
    <message>
        <source>Error (px)</source>
        <translation>Error (px)</translation>
    </message>
    <message>
        <source>Error (orig px)</source>
        <translation>Error (orig px)</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Peak</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>Multi-peak</source>
        <translation>Multi-peak</translation>
    </message>
</context>
<context>
    <name>kps::PredictionOverlay</name>
    <message>
        <source>Keypoint %1 prediction, peak %2</source>
        <translation>Keypoint %1 prediction, peak %2</translation>
    </message>
    <message>
        <source>Keypoint %1: multi-peak heatmap</source>
        <translation>Keypoint %1: multi-peak heatmap</translation>
    </message>
    <message>
        <source>Keypoint %1: 2-sigma uncertainty</source>
        <translation>Keypoint %1: 2-sigma uncertainty</translation>
    </message>
</context>
<context>
    <name>kps::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>The language changes at once; --lang on the command line overrides it.</source>
        <translation>The language changes at once; --lang on the command line overrides it.</translation>
    </message>
    <message>
        <source>The language changes at the next start; --lang on the command line overrides it.</source>
        <translation>The language changes at the next start; --lang on the command line overrides it.</translation>
    </message>
</context>
<context>
    <name>kps::ProblemTableModel</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>kps::RunFollower</name>
    <message>
        <source>epoch %1: loss %2 (focal %3, L1 %4), val %5, PCK@2 %6%, PCK@5 %7%, error %8 px, lr %9</source>
        <translation>epoch %1: loss %2 (focal %3, L1 %4), val %5, PCK@2 %6%, PCK@5 %7%, error %8 px, lr %9</translation>
    </message>
    <message>
        <source>  (best)</source>
        <translation>  (best)</translation>
    </message>
    <message>
        <source>run started on %1: epochs %2-%3</source>
        <translation>run started on %1: epochs %2-%3</translation>
    </message>
    <message>
        <source>stopped in epoch %1 after batch %2</source>
        <translation>stopped in epoch %1 after batch %2</translation>
    </message>
    <message>
        <source>finished %1 epochs</source>
        <translation>finished %1 epochs</translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation>run %1: %2</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>resumed</translation>
    </message>
    <message>
        <source>training</source>
        <translation>training</translation>
    </message>
    <message>
        <source>%1 on %2 (%3 threads, %10): %4 training / %5 validation images, %6 keypoints, batch %7, epochs %8-%9</source>
        <translation>%1 on %2 (%3 threads, %10): %4 training / %5 validation images, %6 keypoints, batch %7, epochs %8-%9</translation>
    </message>
    <message>
        <source>bf16 mixed precision</source>
        <translation>bf16 mixed precision</translation>
    </message>
    <message>
        <source>float32</source>
        <translation>float32</translation>
    </message>
</context>
<context>
    <name>kps::SampleTableModel</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>No image for this annotation</source>
        <translation>No image for this annotation</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Image: %1</translation>
    </message>
    <message>
        <source>Size: %1 x %2 px</source>
        <translation>Size: %1 x %2 px</translation>
    </message>
    <message numerus="yes">
        <source>%n visible keypoint(s), %1 inside the model crop</source>
        <translation>
            <numerusform>%n visible keypoint, %1 inside the model crop</numerusform>
            <numerusform>%n visible keypoints, %1 inside the model crop</numerusform>
        </translation>
    </message>
    <message>
        <source>Not annotated</source>
        <translation>Not annotated</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): see the Problems panel</source>
        <translation>
            <numerusform>%n problem: see the Problems panel</numerusform>
            <numerusform>%n problems: see the Problems panel</numerusform>
        </translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Annotated</source>
        <translation>Annotated</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Visible</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>File name without extension (the stem pairs image and annotation)</source>
        <translation>File name without extension (the stem pairs image and annotation)</translation>
    </message>
    <message>
        <source>Whether a valid annotation JSON exists for the image</source>
        <translation>Whether a valid annotation JSON exists for the image</translation>
    </message>
    <message>
        <source>Keypoints listed as visible in the annotation</source>
        <translation>Keypoints listed as visible in the annotation</translation>
    </message>
    <message>
        <source>Warnings and errors found for this sample's files</source>
        <translation>Warnings and errors found for this sample's files</translation>
    </message>
</context>
<context>
    <name>kps::SamplesPanel</name>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s) shown</source>
        <translation>
            <numerusform>%1 of %n image shown</numerusform>
            <numerusform>%1 of %n images shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation>Filter by name…</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>All images</translation>
    </message>
    <message>
        <source>Annotated</source>
        <translation>Annotated</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>Unlabelled</translation>
    </message>
    <message>
        <source>With problems</source>
        <translation>With problems</translation>
    </message>
</context>
<context>
    <name>kps::ScreenshotTour</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: cannot create the folder</translation>
    </message>
    <message>
        <source>%1: not ready after %2 s</source>
        <translation>%1: not ready after %2 s</translation>
    </message>
    <message>
        <source>%1: cannot write the screenshot</source>
        <translation>%1: cannot write the screenshot</translation>
    </message>
</context>
<context>
    <name>kps::SetKeypointVisibilityCommand</name>
    <message>
        <source>Mark keypoint %1 visible</source>
        <translation>Mark keypoint %1 visible</translation>
    </message>
    <message>
        <source>Mark keypoint %1 not visible</source>
        <translation>Mark keypoint %1 not visible</translation>
    </message>
</context>
<context>
    <name>kps::SyntheticDatasetJob</name>
    <message>
        <source>Unknown visibility rule "%1"</source>
        <translation>Unknown visibility rule "%1"</translation>
    </message>
    <message>
        <source>Unknown material mode "%1"</source>
        <translation>Unknown material mode "%1"</translation>
    </message>
</context>
<context>
    <name>kps::TrainPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Controls</translation>
    </message>
    <message>
        <source>Heatmap evolution</source>
        <translation>Heatmap evolution</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start a new run with these settings in the run folder.</source>
        <translation>Start a new run with these settings in the run folder.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause after the current batch; click again to continue.</source>
        <translation>Pause after the current batch; click again to continue.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop after the current batch. The run stays resumable (Resume run…).</source>
        <translation>Stop after the current batch. The run stays resumable (Resume run…).</translation>
    </message>
    <message>
        <source>Resume run…</source>
        <translation>Resume run…</translation>
    </message>
    <message>
        <source>Continue a stopped run, or train a finished one further.</source>
        <translation>Continue a stopped run, or train a finished one further.</translation>
    </message>
    <message>
        <source>Open run…</source>
        <translation>Open run…</translation>
    </message>
    <message>
        <source>Show a run's curves and heatmap evolution (e.g. one trained with kpstudio on a server); a run still being written is followed live.</source>
        <translation>Show a run's curves and heatmap evolution (e.g. one trained with kpstudio on a server); a run still being written is followed live.</translation>
    </message>
    <message>
        <source>Epoch %v / %m</source>
        <translation>Epoch %v / %m</translation>
    </message>
    <message>
        <source>Batch %v / %m</source>
        <translation>Batch %v / %m</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>Sample:</translation>
    </message>
    <message>
        <source>The run's fixed snapshot images (validation samples).</source>
        <translation>The run's fixed snapshot images (validation samples).</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Cannot start: %1</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>Run: %1</translation>
    </message>
    <message>
        <source>Open training run</source>
        <translation>Open training run</translation>
    </message>
    <message>
        <source>Resume training run</source>
        <translation>Resume training run</translation>
    </message>
    <message>
        <source>Epochs of the main phase (raise it to train a finished run further):</source>
        <translation>Epochs of the main phase (raise it to train a finished run further):</translation>
    </message>
    <message>
        <source>ETA %1 · %2 img/s · loss %3</source>
        <translation>ETA %1 · %2 img/s · loss %3</translation>
    </message>
    <message>
        <source>%1 (sample %2)</source>
        <translation>%1 (sample %2)</translation>
    </message>
    <message>
        <source>A run with several processes cannot pause: Stop keeps it resumable, with any number of processes.</source>
        <translation>A run with several processes cannot pause: Stop keeps it resumable, with any number of processes.</translation>
    </message>
</context>
<context>
    <name>kps::TrainingConfigForm</name>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>Recipe</translation>
    </message>
    <message>
        <source>cpu-fast (fastest on a CPU)</source>
        <translation>cpu-fast (fastest on a CPU)</translation>
    </message>
    <message>
        <source>seed (the seed's train_vis.py)</source>
        <translation>seed (the seed's train_vis.py)</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Start from:</translation>
    </message>
    <message>
        <source>Fills every field below with a recipe: cpu-fast is the fastest recipe of the training study on a 2-core CPU; seed is exactly the seed's (ResNet-50, batch 128, plateau schedule), the GPU default. Fields changed afterwards are kept in the run's config.</source>
        <translation>Fills every field below with a recipe: cpu-fast is the fastest recipe of the training study on a 2-core CPU; seed is exactly the seed's (ResNet-50, batch 128, plateau schedule), the GPU default. Fields changed afterwards are kept in the run's config.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>New synthetic images every epoch</source>
        <translation>New synthetic images every epoch</translation>
    </message>
    <message>
        <source>Synthetic data:</source>
        <translation>Synthetic data:</translation>
    </message>
    <message>
        <source>Train on an endless stream of generated images of the built-in spacecraft, rendered at the model's input size, instead of a dataset folder; validation uses a fixed generated set that goes through the full preprocessing.</source>
        <translation>Train on an endless stream of generated images of the built-in spacecraft, rendered at the model's input size, instead of a dataset folder; validation uses a fixed generated set that goes through the full preprocessing.</translation>
    </message>
    <message>
        <source>Images per epoch:</source>
        <translation>Images per epoch:</translation>
    </message>
    <message>
        <source>Synthetic training images rendered for each epoch.</source>
        <translation>Synthetic training images rendered for each epoch.</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Dataset:</translation>
    </message>
    <message>
        <source>Dataset folder</source>
        <translation>Dataset folder</translation>
    </message>
    <message>
        <source>Dataset folder in the 4SP layout (Rendered_Images, JSON_Data_REF, Object_Information).</source>
        <translation>Dataset folder in the 4SP layout (Rendered_Images, JSON_Data_REF, Object_Information).</translation>
    </message>
    <message>
        <source>Run folder:</source>
        <translation>Run folder:</translation>
    </message>
    <message>
        <source>New run folder</source>
        <translation>New run folder</translation>
    </message>
    <message>
        <source>Folder the new run is written to (config.json, training_log.csv, events.jsonl, weights, snapshots). It must not hold a run already.</source>
        <translation>Folder the new run is written to (config.json, training_log.csv, events.jsonl, weights, snapshots). It must not hold a run already.</translation>
    </message>
    <message>
        <source>Validation split:</source>
        <translation>Validation split:</translation>
    </message>
    <message>
        <source>Fraction of the annotated images held out for validation (split by the seed, kept on resume).</source>
        <translation>Fraction of the annotated images held out for validation (split by the seed, kept on resume).</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <source>Random seed for the split, the initial weights, shuffling and augmentation: the same seed reproduces a run.</source>
        <translation>Random seed for the split, the initial weights, shuffling and augmentation: the same seed reproduces a run.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Preset:</translation>
    </message>
    <message>
        <source>seed: ResNet-50 with the seed's wide decoder (GPU); small: ResNet-18 with a narrow decoder (CPU); tiny: for quick tests.</source>
        <translation>seed: ResNet-50 with the seed's wide decoder (GPU); small: ResNet-18 with a narrow decoder (CPU); tiny: for quick tests.</translation>
    </message>
    <message>
        <source>Backbone:</source>
        <translation>Backbone:</translation>
    </message>
    <message>
        <source>ResNet encoder. A backbone other than the preset's makes a custom model with the preset's decoder.</source>
        <translation>ResNet encoder. A backbone other than the preset's makes a custom model with the preset's decoder.</translation>
    </message>
    <message>
        <source>none (random initialisation)</source>
        <translation>none (random initialisation)</translation>
    </message>
    <message>
        <source>Pretrained weights:</source>
        <translation>Pretrained weights:</translation>
    </message>
    <message>
        <source>ImageNet backbone weights</source>
        <translation>ImageNet backbone weights</translation>
    </message>
    <message>
        <source>ImageNet weights (*.pth *.pt *.h5);;All files (*)</source>
        <translation>ImageNet weights (*.pth *.pt *.h5);;All files (*)</translation>
    </message>
    <message>
        <source>torchvision ImageNet weights (.pth) of the chosen ResNet, or Keras ResNet50 weights (.h5) for resnet50_keras, for the backbone; empty = random init.</source>
        <translation>torchvision ImageNet weights (.pth) of the chosen ResNet, or Keras ResNet50 weights (.h5) for resnet50_keras, for the backbone; empty = random init.</translation>
    </message>
    <message>
        <source>Auto (frozen with pretrained weights)</source>
        <translation>Auto (frozen with pretrained weights)</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Frozen</translation>
    </message>
    <message>
        <source>Trainable</source>
        <translation>Trainable</translation>
    </message>
    <message>
        <source>Backbone in main phase:</source>
        <translation>Backbone in main phase:</translation>
    </message>
    <message>
        <source>Whether the main phase trains the backbone. Freezing random features cripples a model, so Auto freezes only imported ImageNet weights.</source>
        <translation>Whether the main phase trains the backbone. Freezing random features cripples a model, so Auto freezes only imported ImageNet weights.</translation>
    </message>
    <message>
        <source>Input size (IMG):</source>
        <translation>Input size (IMG):</translation>
    </message>
    <message>
        <source>Network input side in pixels; a multiple of 32.</source>
        <translation>Network input side in pixels; a multiple of 32.</translation>
    </message>
    <message>
        <source>Heatmap size (HEAT):</source>
        <translation>Heatmap size (HEAT):</translation>
    </message>
    <message>
        <source>Side of the predicted heatmaps in pixels.</source>
        <translation>Side of the predicted heatmaps in pixels.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>Epochs:</translation>
    </message>
    <message>
        <source>Epochs of the main phase.</source>
        <translation>Epochs of the main phase.</translation>
    </message>
    <message>
        <source>Device default</source>
        <translation>Device default</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>Batch size:</translation>
    </message>
    <message>
        <source>Images per batch; Device default = 128 on a GPU, 32 on the CPU.</source>
        <translation>Images per batch; Device default = 128 on a GPU, 32 on the CPU.</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>Learning rate:</translation>
    </message>
    <message>
        <source>Adam learning rate of the main phase, e.g. 5e-4. Reduced on plateaus of the validation loss.</source>
        <translation>Adam learning rate of the main phase, e.g. 5e-4. Reduced on plateaus of the validation loss.</translation>
    </message>
    <message>
        <source>Fine-tune the whole network afterwards</source>
        <translation>Fine-tune the whole network afterwards</translation>
    </message>
    <message>
        <source>Fine-tune:</source>
        <translation>Fine-tune:</translation>
    </message>
    <message>
        <source>A second phase with the backbone unfrozen and a small learning rate.</source>
        <translation>A second phase with the backbone unfrozen and a small learning rate.</translation>
    </message>
    <message>
        <source>Fine-tune epochs:</source>
        <translation>Fine-tune epochs:</translation>
    </message>
    <message>
        <source>Epochs of the fine-tune phase.</source>
        <translation>Epochs of the fine-tune phase.</translation>
    </message>
    <message>
        <source>Fine-tune learning rate:</source>
        <translation>Fine-tune learning rate:</translation>
    </message>
    <message>
        <source>Learning rate of the fine-tune phase, e.g. 2e-6.</source>
        <translation>Learning rate of the fine-tune phase, e.g. 2e-6.</translation>
    </message>
    <message>
        <source>Reduce on plateau</source>
        <translation>Reduce on plateau</translation>
    </message>
    <message>
        <source>Warm-up + cosine</source>
        <translation>Warm-up + cosine</translation>
    </message>
    <message>
        <source>LR schedule:</source>
        <translation>LR schedule:</translation>
    </message>
    <message>
        <source>Reduce on plateau: the seed's (factor 0.8 after 10 epochs without validation-loss gain). Warm-up + cosine: a linear warm-up, then a cosine decay over the planned epochs.</source>
        <translation>Reduce on plateau: the seed's (factor 0.8 after 10 epochs without validation-loss gain). Warm-up + cosine: a linear warm-up, then a cosine decay over the planned epochs.</translation>
    </message>
    <message>
        <source>Warm-up epochs:</source>
        <translation>Warm-up epochs:</translation>
    </message>
    <message>
        <source>Epochs of linear learning-rate warm-up (cosine schedule).</source>
        <translation>Epochs of linear learning-rate warm-up (cosine schedule).</translation>
    </message>
    <message>
        <source>Lowest mean error</source>
        <translation>Lowest mean error</translation>
    </message>
    <message>
        <source>Lowest validation loss</source>
        <translation>Lowest validation loss</translation>
    </message>
    <message>
        <source>Highest PCK@2 (128-px)</source>
        <translation>Highest PCK@2 (128-px)</translation>
    </message>
    <message>
        <source>Highest PCK@5 (128-px)</source>
        <translation>Highest PCK@5 (128-px)</translation>
    </message>
    <message>
        <source>Best checkpoint:</source>
        <translation>Best checkpoint:</translation>
    </message>
    <message>
        <source>Which validation number picks best.pt. The validation loss (the seed's choice) rises again while the coordinates keep improving, so the mean error is the default.</source>
        <translation>Which validation number picks best.pt. The validation loss (the seed's choice) rises again while the coordinates keep improving, so the mean error is the default.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Early stopping:</source>
        <translation>Early stopping:</translation>
    </message>
    <message>
        <source>End a phase after this many epochs without validation-loss improvement; Off = never.</source>
        <translation>End a phase after this many epochs without validation-loss improvement; Off = never.</translation>
    </message>
    <message>
        <source>Loss and BatchNorm</source>
        <translation>Loss and BatchNorm</translation>
    </message>
    <message>
        <source>Seed: -log p_t</source>
        <translation>Seed: -log p_t</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>Binary cross-entropy</translation>
    </message>
    <message>
        <source>Focal loss form:</source>
        <translation>Focal loss form:</translation>
    </message>
    <message>
        <source>Both weigh pixels by alpha_t (1 - p_t)^2. Seed: times -log p_t (the seed's loss); binary cross-entropy: times the BCE of the soft Gaussian target (Keras's focal loss).</source>
        <translation>Both weigh pixels by alpha_t (1 - p_t)^2. Seed: times -log p_t (the seed's loss); binary cross-entropy: times the BCE of the soft Gaussian target (Keras's focal loss).</translation>
    </message>
    <message>
        <source>Decoder BN momentum:</source>
        <translation>Decoder BN momentum:</translation>
    </message>
    <message>
        <source>Weight of each new batch in the decoder's BatchNorm running statistics (PyTorch convention). The seed's Keras default 0.01 lags far behind weights that move fast.</source>
        <translation>Weight of each new batch in the decoder's BatchNorm running statistics (PyTorch convention). The seed's Keras default 0.01 lags far behind weights that move fast.</translation>
    </message>
    <message>
        <source>BN recalibration:</source>
        <translation>BN recalibration:</translation>
    </message>
    <message>
        <source>Before each validation, re-estimate the BatchNorm statistics on this many training batches.</source>
        <translation>Before each validation, re-estimate the BatchNorm statistics on this many training batches.</translation>
    </message>
    <message>
        <source>Augmentation (photometric)</source>
        <translation>Augmentation (photometric)</translation>
    </message>
    <message>
        <source>Blur probability:</source>
        <translation>Blur probability:</translation>
    </message>
    <message>
        <source>Chance per image of a Gaussian blur; 0 = never.</source>
        <translation>Chance per image of a Gaussian blur; 0 = never.</translation>
    </message>
    <message>
        <source>Blur max sigma:</source>
        <translation>Blur max sigma:</translation>
    </message>
    <message>
        <source>The blur's sigma is drawn in [0.3, max] input pixels.</source>
        <translation>The blur's sigma is drawn in [0.3, max] input pixels.</translation>
    </message>
    <message>
        <source>Darkening probability:</source>
        <translation>Darkening probability:</translation>
    </message>
    <message>
        <source>Chance per image of a brightness reduction; 0 = never.</source>
        <translation>Chance per image of a brightness reduction; 0 = never.</translation>
    </message>
    <message>
        <source>Brightness min factor:</source>
        <translation>Brightness min factor:</translation>
    </message>
    <message>
        <source>Pixel values are scaled by a factor in [min, max].</source>
        <translation>Pixel values are scaled by a factor in [min, max].</translation>
    </message>
    <message>
        <source>Brightness max factor:</source>
        <translation>Brightness max factor:</translation>
    </message>
    <message>
        <source>Upper end of the brightness factor (at most 1).</source>
        <translation>Upper end of the brightness factor (at most 1).</translation>
    </message>
    <message>
        <source>Hardware and output</source>
        <translation>Hardware and output</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Device:</translation>
    </message>
    <message>
        <source>Auto uses the first GPU when there is one, else the CPU.</source>
        <translation>Auto uses the first GPU when there is one, else the CPU.</translation>
    </message>
    <message>
        <source>All cores but one</source>
        <translation>All cores but one</translation>
    </message>
    <message>
        <source>CPU threads:</source>
        <translation>CPU threads:</translation>
    </message>
    <message>
        <source>Threads of the training on the CPU. One core stays free by default so the window stays responsive.</source>
        <translation>Threads of the training on the CPU. One core stays free by default so the window stays responsive.</translation>
    </message>
    <message>
        <source>Processes:</source>
        <translation>Processes:</translation>
    </message>
    <message>
        <source>Data-parallel ranks (kpstudio train --nproc): more than one trains in separate processes that split each batch and average their gradients, one per GPU or CPU processes sharing the cores. The page follows the run; Stop stops every process.</source>
        <translation>Data-parallel ranks (kpstudio train --nproc): more than one trains in separate processes that split each batch and average their gradients, one per GPU or CPU processes sharing the cores. The page follows the run; Stop stops every process.</translation>
    </message>
    <message>
        <source>e.g. 0,1 (one process per GPU)</source>
        <translation>e.g. 0,1 (one process per GPU)</translation>
    </message>
    <message>
        <source>GPUs:</source>
        <translation>GPUs:</translation>
    </message>
    <message>
        <source>CUDA devices to train on, one process each (CUDA_VISIBLE_DEVICES); empty = the device above with the number of processes.</source>
        <translation>CUDA devices to train on, one process each (CUDA_VISIBLE_DEVICES); empty = the device above with the number of processes.</translation>
    </message>
    <message>
        <source>Snapshot samples:</source>
        <translation>Snapshot samples:</translation>
    </message>
    <message>
        <source>Fixed validation images whose heatmaps are saved for the heatmap evolution view.</source>
        <translation>Fixed validation images whose heatmaps are saved for the heatmap evolution view.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Snapshot every:</source>
        <translation>Snapshot every:</translation>
    </message>
    <message>
        <source>Epochs between heatmap snapshots.</source>
        <translation>Epochs between heatmap snapshots.</translation>
    </message>
    <message>
        <source>default (~/.cache/keypoint-studio)</source>
        <translation>default (~/.cache/keypoint-studio)</translation>
    </message>
    <message>
        <source>Image cache:</source>
        <translation>Image cache:</translation>
    </message>
    <message>
        <source>Folder of the preprocessed-image cache shared by runs.</source>
        <translation>Folder of the preprocessed-image cache shared by runs.</translation>
    </message>
    <message>
        <source>Save config…</source>
        <translation>Save config…</translation>
    </message>
    <message>
        <source>Write these settings to a JSON file (the format of a run's config.json).</source>
        <translation>Write these settings to a JSON file (the format of a run's config.json).</translation>
    </message>
    <message>
        <source>Load config…</source>
        <translation>Load config…</translation>
    </message>
    <message>
        <source>Fill the form from a JSON config, e.g. a run's config.json.</source>
        <translation>Fill the form from a JSON config, e.g. a run's config.json.</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Looking for GPUs…</source>
        <translation>Looking for GPUs…</translation>
    </message>
    <message>
        <source> (free %1 GiB)</source>
        <translation> (free %1 GiB)</translation>
    </message>
    <message>
        <source>No GPU found — training runs on the CPU</source>
        <translation>No GPU found — training runs on the CPU</translation>
    </message>
    <message>
        <source>Save training config</source>
        <translation>Save training config</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Load training config</source>
        <translation>Load training config</translation>
    </message>
    <message>
        <source>Dataset: choose the dataset folder.</source>
        <translation>Dataset: choose the dataset folder.</translation>
    </message>
    <message>
        <source>Pretrained weights: %1 is not a file.</source>
        <translation>Pretrained weights: %1 is not a file.</translation>
    </message>
    <message>
        <source>Learning rate: enter a number such as 5e-4.</source>
        <translation>Learning rate: enter a number such as 5e-4.</translation>
    </message>
    <message>
        <source>Fine-tune learning rate: enter a number such as 2e-6.</source>
        <translation>Fine-tune learning rate: enter a number such as 2e-6.</translation>
    </message>
    <message>
        <source>Seed: enter a whole number &gt;= 0.</source>
        <translation>Seed: enter a whole number &gt;= 0.</translation>
    </message>
    <message>
        <source>Config not saved: %1</source>
        <translation>Config not saved: %1</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <source>Config saved to %1</source>
        <translation>Config saved to %1</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Config loaded from %1</source>
        <translation>Config loaded from %1</translation>
    </message>
    <message>
        <source>Materials:</source>
        <translation>Materials:</translation>
    </message>
    <message>
        <source>Float32</source>
        <translation>Float32</translation>
    </message>
    <message>
        <source>bf16 mixed (CPU)</source>
        <translation>bf16 mixed (CPU)</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>Precision:</translation>
    </message>
    <message>
        <source>bf16 mixed runs the convolutions of the large feature maps in bfloat16 on the CPU and the rest in float32: 1.28x the training speed on a CPU with AMX (docs/training_study.md). Auto uses it where the CPU has native bf16 (AVX512-BF16 or AMX) and float32 elsewhere. The seed trains in float32.</source>
        <translation>bf16 mixed runs the convolutions of the large feature maps in bfloat16 on the CPU and the rest in float32: 1.28x the training speed on a CPU with AMX (docs/training_study.md). Auto uses it where the CPU has native bf16 (AVX512-BF16 or AMX) and float32 elsewhere. The seed trains in float32.</translation>
    </message>
    <message>
        <source>Precision: bf16 mixed runs on the CPU only; choose Auto or Float32 for a GPU.</source>
        <translation>Precision: bf16 mixed runs on the CPU only; choose Auto or Float32 for a GPU.</translation>
    </message>
</context>
<context>
    <name>kps::TrainingController</name>
    <message>
        <source>Idle</source>
        <translation>Idle</translation>
    </message>
    <message>
        <source>Cannot start: choose a run folder.</source>
        <translation>Cannot start: choose a run folder.</translation>
    </message>
    <message>
        <source>Cannot start: %1 already holds a run; resume it (Resume run…) or choose another folder.</source>
        <translation>Cannot start: %1 already holds a run; resume it (Resume run…) or choose another folder.</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Cannot start: %1</translation>
    </message>
    <message>
        <source>new run in %1 on %2, %3 processes</source>
        <translation>new run in %1 on %2, %3 processes</translation>
    </message>
    <message>
        <source>new run in %1 on %2</source>
        <translation>new run in %1 on %2</translation>
    </message>
    <message>
        <source>%1 is not a training run (no config.json).</source>
        <translation>%1 is not a training run (no config.json).</translation>
    </message>
    <message>
        <source>Cannot resume: %1</source>
        <translation>Cannot resume: %1</translation>
    </message>
    <message>
        <source>resuming %1 with %2 processes</source>
        <translation>resuming %1 with %2 processes</translation>
    </message>
    <message>
        <source>Reading the run's history…</source>
        <translation>Reading the run's history…</translation>
    </message>
    <message>
        <source>resuming %1</source>
        <translation>resuming %1</translation>
    </message>
    <message>
        <source>Preparing data…</source>
        <translation>Preparing data…</translation>
    </message>
    <message>
        <source>Stop the training before opening another run.</source>
        <translation>Stop the training before opening another run.</translation>
    </message>
    <message>
        <source>Reading the run…</source>
        <translation>Reading the run…</translation>
    </message>
    <message>
        <source>Paused (after the current batch)</source>
        <translation>Paused (after the current batch)</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>continued</source>
        <translation>continued</translation>
    </message>
    <message>
        <source>Stopping every process after the current batch…</source>
        <translation>Stopping every process after the current batch…</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Stopping after the current batch…</translation>
    </message>
    <message>
        <source>stop requested</source>
        <translation>stop requested</translation>
    </message>
    <message>
        <source>Scanning the dataset %1/%2…</source>
        <translation>Scanning the dataset %1/%2…</translation>
    </message>
    <message>
        <source>Scanning the dataset…</source>
        <translation>Scanning the dataset…</translation>
    </message>
    <message>
        <source>Caching images %1/%2…</source>
        <translation>Caching images %1/%2…</translation>
    </message>
    <message>
        <source>Caching images…</source>
        <translation>Caching images…</translation>
    </message>
    <message>
        <source>Reading the keypoint labels %1/%2…</source>
        <translation>Reading the keypoint labels %1/%2…</translation>
    </message>
    <message>
        <source>Reading the keypoint labels…</source>
        <translation>Reading the keypoint labels…</translation>
    </message>
    <message>
        <source>Loading the arrays…</source>
        <translation>Loading the arrays…</translation>
    </message>
    <message>
        <source>Rendering synthetic images %1/%2…</source>
        <translation>Rendering synthetic images %1/%2…</translation>
    </message>
    <message>
        <source>Rendering synthetic images…</source>
        <translation>Rendering synthetic images…</translation>
    </message>
    <message>
        <source>Building the model…</source>
        <translation>Building the model…</translation>
    </message>
    <message>
        <source>First batch…</source>
        <translation>First batch…</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>Validating…</translation>
    </message>
    <message>
        <source>Writing weights and snapshots…</source>
        <translation>Writing weights and snapshots…</translation>
    </message>
    <message>
        <source>Fine-tuning the whole network…</source>
        <translation>Fine-tuning the whole network…</translation>
    </message>
    <message>
        <source>finished %1 epochs</source>
        <translation>finished %1 epochs</translation>
    </message>
    <message>
        <source>Training epoch %1 of %2</source>
        <translation>Training epoch %1 of %2</translation>
    </message>
    <message>
        <source> (%1 s)</source>
        <translation> (%1 s)</translation>
    </message>
    <message>
        <source>Stopped in epoch %1 after batch %2; the run can be resumed (Resume run…).</source>
        <translation>Stopped in epoch %1 after batch %2; the run can be resumed (Resume run…).</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Training failed: %1</translation>
    </message>
    <message>
        <source>Finished: %1; best epoch %2 (validation loss %3).</source>
        <translation>Finished: %1; best epoch %2 (validation loss %3).</translation>
    </message>
    <message>
        <source>opened run %1: %2 epochs, %3 snapshots</source>
        <translation>opened run %1: %2 epochs, %3 snapshots</translation>
    </message>
    <message>
        <source>Following the run live (it is still being written)…</source>
        <translation>Following the run live (it is still being written)…</translation>
    </message>
    <message>
        <source>Cannot open run %1: %2</source>
        <translation>Cannot open run %1: %2</translation>
    </message>
    <message>
        <source>Run finished: %1</source>
        <translation>Run finished: %1</translation>
    </message>
    <message>
        <source>Run stopped (%1); it can be resumed.</source>
        <translation>Run stopped (%1); it can be resumed.</translation>
    </message>
    <message>
        <source>Run failed: %1</source>
        <translation>Run failed: %1</translation>
    </message>
    <message>
        <source>Run loaded.</source>
        <translation>Run loaded.</translation>
    </message>
    <message>
        <source>all processes finished</source>
        <translation>all processes finished</translation>
    </message>
    <message>
        <source>all processes stopped; the run can be resumed with any number of processes</source>
        <translation>all processes stopped; the run can be resumed with any number of processes</translation>
    </message>
</context>
<context>
    <name>kps::TrainingCurvesPlot</name>
    <message>
        <source>Batch loss</source>
        <translation>Batch loss</translation>
    </message>
    <message>
        <source>Show the loss of every logged batch and its smoothed curve</source>
        <translation>Show the loss of every logged batch and its smoothed curve</translation>
    </message>
    <message>
        <source>Smoothing:</source>
        <translation>Smoothing:</translation>
    </message>
    <message>
        <source>Exponential moving average factor for the batch loss (0 = no smoothing)</source>
        <translation>Exponential moving average factor for the batch loss (0 = no smoothing)</translation>
    </message>
    <message>
        <source>Focal / L1 parts</source>
        <translation>Focal / L1 parts</translation>
    </message>
    <message>
        <source>Show the focal and L1 parts of the train and validation loss</source>
        <translation>Show the focal and L1 parts of the train and validation loss</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Log scale</translation>
    </message>
    <message>
        <source>Logarithmic loss axis</source>
        <translation>Logarithmic loss axis</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Show all data and follow new points again (drag to pan, wheel to zoom)</source>
        <translation>Show all data and follow new points again (drag to pan, wheel to zoom)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Save the curves as a PNG or PDF figure</source>
        <translation>Save the curves as a PNG or PDF figure</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Learning rate</translation>
    </message>
    <message>
        <source>PCK (%)</source>
        <translation>PCK (%)</translation>
    </message>
    <message>
        <source>Mean error (px)</source>
        <translation>Mean error (px)</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <source>Batch loss (smoothed)</source>
        <translation>Batch loss (smoothed)</translation>
    </message>
    <message>
        <source>Train loss</source>
        <translation>Train loss</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Validation loss</translation>
    </message>
    <message>
        <source>Train focal</source>
        <translation>Train focal</translation>
    </message>
    <message>
        <source>Validation focal</source>
        <translation>Validation focal</translation>
    </message>
    <message>
        <source>Train L1 (×5)</source>
        <translation>Train L1 (×5)</translation>
    </message>
    <message>
        <source>Validation L1 (×5)</source>
        <translation>Validation L1 (×5)</translation>
    </message>
    <message>
        <source>PCK@2</source>
        <translation>PCK@2</translation>
    </message>
    <message>
        <source>PCK@5</source>
        <translation>PCK@5</translation>
    </message>
    <message>
        <source>best: epoch %1</source>
        <translation>best: epoch %1</translation>
    </message>
    <message>
        <source>Training curves</source>
        <translation>Training curves</translation>
    </message>
    <message>
        <source>Export training curves</source>
        <translation>Export training curves</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG image (*.png);;PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>%1: could not be written</source>
        <translation>%1: could not be written</translation>
    </message>
</context>
<context>
    <name>kps::TrainingProcess</name>
    <message>
        <source>a training runs already</source>
        <translation>a training runs already</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <source>kpstudio train crashed</source>
        <translation>kpstudio train crashed</translation>
    </message>
    <message>
        <source>%1: cannot start: %2</source>
        <translation>%1: cannot start: %2</translation>
    </message>
</context>
<context>
    <name>kps::cli</name>
    <message>
        <source>Measures, in one run: generator images/s, decode-only and decode + preprocess images/s of 1920x1080 PNGs on all cores, their ratio, and cache bytes per sample.</source>
        <translation>Measures, in one run: generator images/s, decode-only and decode + preprocess images/s of 1920x1080 PNGs on all cores, their ratio, and cache bytes per sample.</translation>
    </message>
    <message>
        <source>Number of 1920x1080 images to render and read (default 48).</source>
        <translation>Number of 1920x1080 images to render and read (default 48).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Threads (default: all cores).</source>
        <translation>Threads (default: all cores).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Print one JSON object instead of a table.</source>
        <translation>Print one JSON object instead of a table.</translation>
    </message>
    <message>
        <source>kpstudio bench data: --images must be a positive integer</source>
        <translation>kpstudio bench data: --images must be a positive integer</translation>
    </message>
    <message>
        <source>kpstudio bench data: cannot create a temporary folder</source>
        <translation>kpstudio bench data: cannot create a temporary folder</translation>
    </message>
    <message>
        <source>Data pipeline benchmark: %1 images of 1920x1080, %2 threads</source>
        <translation>Data pipeline benchmark: %1 images of 1920x1080, %2 threads</translation>
    </message>
    <message>
        <source>generator (render + PNG + JSON)</source>
        <translation>generator (render + PNG + JSON)</translation>
    </message>
    <message>
        <source>decode only</source>
        <translation>decode only</translation>
    </message>
    <message>
        <source>decode + letterbox/crop/resize</source>
        <translation>decode + letterbox/crop/resize</translation>
    </message>
    <message>
        <source>ratio (decode+preprocess / decode)</source>
        <translation>ratio (decode+preprocess / decode)</translation>
    </message>
    <message>
        <source>cache fill (decode + preprocess + write)</source>
        <translation>cache fill (decode + preprocess + write)</translation>
    </message>
    <message>
        <source>cache hit (read crops from disk)</source>
        <translation>cache hit (read crops from disk)</translation>
    </message>
    <message>
        <source>cache per sample</source>
        <translation>cache per sample</translation>
    </message>
    <message>
        <source>expected an integer from %1 to %2, got '%3'</source>
        <translation>expected an integer from %1 to %2, got '%3'</translation>
    </message>
    <message>
        <source>expected a positive number, got '%1'</source>
        <translation>expected a positive number, got '%1'</translation>
    </message>
    <message>
        <source>Render a synthetic spacecraft dataset (Rendered_Images/, JSON_Data_REF/, Object_Information/) with random poses, lighting and stars.</source>
        <translation>Render a synthetic spacecraft dataset (Rendered_Images/, JSON_Data_REF/, Object_Information/) with random poses, lighting and stars.</translation>
    </message>
    <message>
        <source>Dataset folder to write (created if needed).</source>
        <translation>Dataset folder to write (created if needed).</translation>
    </message>
    <message>
        <source>Number of images.</source>
        <translation>Number of images.</translation>
    </message>
    <message>
        <source>Random seed (default 0): same arguments, same files.</source>
        <translation>Random seed (default 0): same arguments, same files.</translation>
    </message>
    <message>
        <source>Mesh to render: mesh_information.json with vertex_coordinates, or .obj (default: the built-in Tango-like spacecraft).</source>
        <translation>Mesh to render: mesh_information.json with vertex_coordinates, or .obj (default: the built-in Tango-like spacecraft).</translation>
    </message>
    <message>
        <source>Image width in pixels (default 1920).</source>
        <translation>Image width in pixels (default 1920).</translation>
    </message>
    <message>
        <source>Image height in pixels (default 1080).</source>
        <translation>Image height in pixels (default 1080).</translation>
    </message>
    <message>
        <source>Visibility rule: occlusion (default; exact ray test) or 4sp (vertices of camera-facing faces).</source>
        <translation>Visibility rule: occlusion (default; exact ray test) or 4sp (vertices of camera-facing faces).</translation>
    </message>
    <message>
        <source>Worker threads (default: all cores); the files do not depend on it.</source>
        <translation>Worker threads (default: all cores); the files do not depend on it.</translation>
    </message>
    <message>
        <source>Anti-aliasing samples per pixel side (default 3).</source>
        <translation>Anti-aliasing samples per pixel side (default 3).</translation>
    </message>
    <message>
        <source>Lens focal length in mm (default 50).</source>
        <translation>Lens focal length in mm (default 50).</translation>
    </message>
    <message>
        <source>Sensor width in mm (default 36).</source>
        <translation>Sensor width in mm (default 36).</translation>
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>unexpected argument '%1'</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>--out DIR is required</translation>
    </message>
    <message>
        <source>--count N is required</source>
        <translation>--count N is required</translation>
    </message>
    <message>
        <source>expected 'occlusion' or '4sp', got '%1'</source>
        <translation>expected 'occlusion' or '4sp', got '%1'</translation>
    </message>
    <message>
        <source>Dataset %1</source>
        <translation>Dataset %1</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Annotated</source>
        <translation>Annotated</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>Unlabelled</translation>
    </message>
    <message>
        <source>Invalid annotations</source>
        <translation>Invalid annotations</translation>
    </message>
    <message>
        <source>Annotations without image</source>
        <translation>Annotations without image</translation>
    </message>
    <message>
        <source>Trainable samples</source>
        <translation>Trainable samples</translation>
    </message>
    <message>
        <source>Keypoints (K)</source>
        <translation>Keypoints (K)</translation>
    </message>
    <message>
        <source>%1 (mesh "%2")</source>
        <translation>%1 (mesh "%2")</translation>
    </message>
    <message>
        <source>%1 (from the annotations, no mesh)</source>
        <translation>%1 (from the annotations, no mesh)</translation>
    </message>
    <message>
        <source>Visible keypoints</source>
        <translation>Visible keypoints</translation>
    </message>
    <message>
        <source>... inside the model crop</source>
        <translation>... inside the model crop</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>Vertex</source>
        <translation>Vertex</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Visible</translation>
    </message>
    <message>
        <source>of annotated</source>
        <translation>of annotated</translation>
    </message>
    <message>
        <source>Problems: %1 errors, %2 warnings, %3 unlabelled/info</source>
        <translation>Problems: %1 errors, %2 warnings, %3 unlabelled/info</translation>
    </message>
    <message>
        <source>... and %1 more unlabelled images</source>
        <translation>... and %1 more unlabelled images</translation>
    </message>
    <message>
        <source>Summarise a 4SP dataset (Rendered_Images, JSON_Data_REF, Object_Information) and list its problems.</source>
        <translation>Summarise a 4SP dataset (Rendered_Images, JSON_Data_REF, Object_Information) and list its problems.</translation>
    </message>
    <message>
        <source>Dataset folder</source>
        <translation>Dataset folder</translation>
    </message>
    <message>
        <source>Print one JSON object on stdout</source>
        <translation>Print one JSON object on stdout</translation>
    </message>
    <message>
        <source>Worker threads (0 = all cores)</source>
        <translation>Worker threads (0 = all cores)</translation>
    </message>
    <message>
        <source>expected one DATASET folder (kpstudio info --help)</source>
        <translation>expected one DATASET folder (kpstudio info --help)</translation>
    </message>
    <message>
        <source>--threads: expected a non-negative integer</source>
        <translation>--threads: expected a non-negative integer</translation>
    </message>
    <message>
        <source>no readable images found</source>
        <translation>no readable images found</translation>
    </message>
    <message>
        <source>Measures the Images panel's models on N in-memory samples: set, natural sort, filters, stem lookup, one screen of rows, and bytes per row.</source>
        <translation>Measures the Images panel's models on N in-memory samples: set, natural sort, filters, stem lookup, one screen of rows, and bytes per row.</translation>
    </message>
    <message>
        <source>Number of samples (default 100000).</source>
        <translation>Number of samples (default 100000).</translation>
    </message>
    <message>
        <source>kpstudio bench browser: --images must be a positive integer</source>
        <translation>kpstudio bench browser: --images must be a positive integer</translation>
    </message>
    <message>
        <source>Training throughput with the real data pipeline vs. pre-made tensors (their ratio shows whether compute waits for data; goal &gt;= 0.97), and inference latency / throughput.</source>
        <translation>Training throughput with the real data pipeline vs. pre-made tensors (their ratio shows whether compute waits for data; goal &gt;= 0.97), and inference latency / throughput.</translation>
    </message>
    <message>
        <source>Model preset (default: seed on a GPU, small on the CPU).</source>
        <translation>Model preset (default: seed on a GPU, small on the CPU).</translation>
    </message>
    <message>
        <source>Batch size (default 128 on a GPU, 32 on the CPU).</source>
        <translation>Batch size (default 128 on a GPU, 32 on the CPU).</translation>
    </message>
    <message>
        <source>auto, cpu, cuda or cuda:N (default auto).</source>
        <translation>auto, cpu, cuda or cuda:N (default auto).</translation>
    </message>
    <message>
        <source>Keypoints K (default 11).</source>
        <translation>Keypoints K (default 11).</translation>
    </message>
    <message>
        <source>Seconds per measurement (default 10 on a GPU, 6 on the CPU).</source>
        <translation>Seconds per measurement (default 10 on a GPU, 6 on the CPU).</translation>
    </message>
    <message>
        <source>CPU threads (default: all cores).</source>
        <translation>CPU threads (default: all cores).</translation>
    </message>
    <message>
        <source>--keypoints: expected a positive integer</source>
        <translation>--keypoints: expected a positive integer</translation>
    </message>
    <message>
        <source>--batch: expected a positive integer</source>
        <translation>--batch: expected a positive integer</translation>
    </message>
    <message>
        <source>--seconds: expected a positive number</source>
        <translation>--seconds: expected a positive number</translation>
    </message>
    <message>
        <source>--threads: expected a positive integer</source>
        <translation>--threads: expected a positive integer</translation>
    </message>
    <message>
        <source>Output folder (default ./kpstudio-demo).</source>
        <translation>Output folder (default ./kpstudio-demo).</translation>
    </message>
    <message>
        <source>Training time budget in minutes (default 3).</source>
        <translation>Training time budget in minutes (default 3).</translation>
    </message>
    <message>
        <source>auto, cpu, cuda or cuda:N (default cpu).</source>
        <translation>auto, cpu, cuda or cuda:N (default cpu).</translation>
    </message>
    <message>
        <source>--minutes: expected a positive number</source>
        <translation>--minutes: expected a positive number</translation>
    </message>
    <message>
        <source>rendering %1 training images into %2</source>
        <translation>rendering %1 training images into %2</translation>
    </message>
    <message>
        <source>no epoch finished within the time budget</source>
        <translation>no epoch finished within the time budget</translation>
    </message>
    <message>
        <source>--%1: expected a number &gt;= %2, got "%3"</source>
        <translation>--%1: expected a number &gt;= %2, got "%3"</translation>
    </message>
    <message>
        <source>Train a keypoint model into a run directory (config.json, training_log.csv, events.jsonl, best.pt, last.pt, snapshots/).</source>
        <translation>Train a keypoint model into a run directory (config.json, training_log.csv, events.jsonl, best.pt, last.pt, snapshots/).</translation>
    </message>
    <message>
        <source>Run directory to create (or to resume with --resume).</source>
        <translation>Run directory to create (or to resume with --resume).</translation>
    </message>
    <message>
        <source>Continue a stopped run in --run (same split, log appended).</source>
        <translation>Continue a stopped run in --run (same split, log appended).</translation>
    </message>
    <message>
        <source>auto (frozen with --pretrained), frozen or trainable.</source>
        <translation>auto (frozen with --pretrained), frozen or trainable.</translation>
    </message>
    <message>
        <source>Network input side IMG (multiple of 32; default 128).</source>
        <translation>Network input side IMG (multiple of 32; default 128).</translation>
    </message>
    <message>
        <source>Heatmap side HEAT (default 64).</source>
        <translation>Heatmap side HEAT (default 64).</translation>
    </message>
    <message>
        <source>Epochs of a second phase with the backbone unfrozen (default 0 = none).</source>
        <translation>Epochs of a second phase with the backbone unfrozen (default 0 = none).</translation>
    </message>
    <message>
        <source>Learning rate of the fine-tune phase (default 2e-6).</source>
        <translation>Learning rate of the fine-tune phase (default 2e-6).</translation>
    </message>
    <message>
        <source>Stop a phase after N epochs without val-loss improvement (0 = off).</source>
        <translation>Stop a phase after N epochs without val-loss improvement (0 = off).</translation>
    </message>
    <message>
        <source>Random seed (split, init, shuffling, augmentation; default 42).</source>
        <translation>Random seed (split, init, shuffling, augmentation; default 42).</translation>
    </message>
    <message>
        <source>CPU threads for training (default: all cores).</source>
        <translation>CPU threads for training (default: all cores).</translation>
    </message>
    <message>
        <source>Validation images in each heatmap snapshot (default 4).</source>
        <translation>Validation images in each heatmap snapshot (default 4).</translation>
    </message>
    <message>
        <source>Preprocessed-image cache folder (default ~/.cache/keypoint-studio).</source>
        <translation>Preprocessed-image cache folder (default ~/.cache/keypoint-studio).</translation>
    </message>
    <message>
        <source>Print only one line per epoch.</source>
        <translation>Print only one line per epoch.</translation>
    </message>
    <message>
        <source>unexpected argument "%1"</source>
        <translation>unexpected argument "%1"</translation>
    </message>
    <message>
        <source>--run DIR is required</source>
        <translation>--run DIR is required</translation>
    </message>
    <message>
        <source>kpstudio train: --%1 is ignored with --resume (the run's config.json is used)</source>
        <translation>kpstudio train: --%1 is ignored with --resume (the run's config.json is used)</translation>
    </message>
    <message>
        <source>run directory: %1</source>
        <translation>run directory: %1</translation>
    </message>
    <message>
        <source>resume with: kpstudio train --run %1 --resume</source>
        <translation>resume with: kpstudio train --run %1 --resume</translation>
    </message>
    <message>
        <source>Train a model on an endless stream of synthetic images for a time budget (the cpu-fast recipe by default) and evaluate it on a held-out generated set.</source>
        <translation>Train a model on an endless stream of synthetic images for a time budget (the cpu-fast recipe by default) and evaluate it on a held-out generated set.</translation>
    </message>
    <message>
        <source>Training recipe: cpu-fast (default) or seed.</source>
        <translation>Training recipe: cpu-fast (default) or seed.</translation>
    </message>
    <message>
        <source>Model preset: tiny, small or seed (default: the recipe's).</source>
        <translation>Model preset: tiny, small or seed (default: the recipe's).</translation>
    </message>
    <message>
        <source>Training images: 0 = new synthetic images every epoch (default); N = one fixed rendered set of N images.</source>
        <translation>Training images: 0 = new synthetic images every epoch (default); N = one fixed rendered set of N images.</translation>
    </message>
    <message>
        <source>Held-out test images to render (default 500).</source>
        <translation>Held-out test images to render (default 500).</translation>
    </message>
    <message>
        <source>Synthetic training images per epoch (default: the recipe's).</source>
        <translation>Synthetic training images per epoch (default: the recipe's).</translation>
    </message>
    <message>
        <source>--images: expected 0 or a number &gt;= 20</source>
        <translation>--images: expected 0 or a number &gt;= 20</translation>
    </message>
    <message>
        <source>--test-images: expected a number &gt;= 10</source>
        <translation>--test-images: expected a number &gt;= 10</translation>
    </message>
    <message>
        <source>--epoch-images: expected a number &gt;= 16</source>
        <translation>--epoch-images: expected a number &gt;= 16</translation>
    </message>
    <message>
        <source>rendering %1 held-out test images into %2</source>
        <translation>rendering %1 held-out test images into %2</translation>
    </message>
    <message>
        <source>recipe %1: %2 epochs of %3 images (about %4 s each) in %5 minutes</source>
        <translation>recipe %1: %2 epochs of %3 images (about %4 s each) in %5 minutes</translation>
    </message>
    <message>
        <source>%1 epochs, best epoch %2 (by %3); run directory %4</source>
        <translation>%1 epochs, best epoch %2 (by %3); run directory %4</translation>
    </message>
    <message>
        <source>held-out test set, %1 images, %2 visible keypoints, in 128-px space: PCK@2 %3%  PCK@5 %4%  mean error %5 px</source>
        <translation>held-out test set, %1 images, %2 visible keypoints, in 128-px space: PCK@2 %3%  PCK@5 %4%  mean error %5 px</translation>
    </message>
    <message>
        <source>evaluation summary: %1</source>
        <translation>evaluation summary: %1</translation>
    </message>
    <message>
        <source>Training run directories.</source>
        <translation>Training run directories.</translation>
    </message>
    <message>
        <source>Column of training_log.csv: %1 (default val_pck5_128px).</source>
        <translation>Column of training_log.csv: %1 (default val_pck5_128px).</translation>
    </message>
    <message>
        <source>Horizontal axis: minutes (training wall-clock, default), images (training images seen, in thousands) or epochs.</source>
        <translation>Horizontal axis: minutes (training wall-clock, default), images (training images seen, in thousands) or epochs.</translation>
    </message>
    <message>
        <source>Comma-separated legend names, one per run (default: the folder names).</source>
        <translation>Comma-separated legend names, one per run (default: the folder names).</translation>
    </message>
    <message>
        <source>Plot title.</source>
        <translation>Plot title.</translation>
    </message>
    <message>
        <source>PNG file to write (optional).</source>
        <translation>PNG file to write (optional).</translation>
    </message>
    <message>
        <source>Picture size WIDTHxHEIGHT (default 900x500).</source>
        <translation>Picture size WIDTHxHEIGHT (default 900x500).</translation>
    </message>
    <message>
        <source>name at least one run directory</source>
        <translation>name at least one run directory</translation>
    </message>
    <message>
        <source>--metric: expected one of %1</source>
        <translation>--metric: expected one of %1</translation>
    </message>
    <message>
        <source>--x: expected minutes, images or epochs</source>
        <translation>--x: expected minutes, images or epochs</translation>
    </message>
    <message>
        <source>--labels: %1 names for %2 runs</source>
        <translation>--labels: %1 names for %2 runs</translation>
    </message>
    <message>
        <source>--size: expected WIDTHxHEIGHT of at least 100x100</source>
        <translation>--size: expected WIDTHxHEIGHT of at least 100x100</translation>
    </message>
    <message>
        <source>Training wall-clock (minutes)</source>
        <translation>Training wall-clock (minutes)</translation>
    </message>
    <message>
        <source>Training images seen (thousands)</source>
        <translation>Training images seen (thousands)</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <source>%1: no finished epoch in training_log.csv</source>
        <translation>%1: no finished epoch in training_log.csv</translation>
    </message>
    <message>
        <source>%1: cannot write the picture</source>
        <translation>%1: cannot write the picture</translation>
    </message>
    <message>
        <source>Dataset folder (4SP layout), or synthetic:builtin / synthetic:MESH.json for an endless stream of generated images.</source>
        <translation>Dataset folder (4SP layout), or synthetic:builtin / synthetic:MESH.json for an endless stream of generated images.</translation>
    </message>
    <message>
        <source>Training recipe: seed (the seed's train_vis.py; GPU default) or cpu-fast (CPU default).</source>
        <translation>Training recipe: seed (the seed's train_vis.py; GPU default) or cpu-fast (CPU default).</translation>
    </message>
    <message>
        <source>Model preset: seed, small, tiny (default: the recipe's).</source>
        <translation>Model preset: seed, small, tiny (default: the recipe's).</translation>
    </message>
    <message>
        <source>Epochs of the main phase (default: the recipe's; with --resume: raise it).</source>
        <translation>Epochs of the main phase (default: the recipe's; with --resume: raise it).</translation>
    </message>
    <message>
        <source>Batch size (default: the recipe's).</source>
        <translation>Batch size (default: the recipe's).</translation>
    </message>
    <message>
        <source>Learning rate (peak rate with warmup_cosine; default: the recipe's).</source>
        <translation>Learning rate (peak rate with warmup_cosine; default: the recipe's).</translation>
    </message>
    <message>
        <source>Learning-rate schedule: plateau or warmup_cosine.</source>
        <translation>Learning-rate schedule: plateau or warmup_cosine.</translation>
    </message>
    <message>
        <source>Warm-up epochs of warmup_cosine.</source>
        <translation>Warm-up epochs of warmup_cosine.</translation>
    </message>
    <message>
        <source>Heatmap focal loss form: seed or bce.</source>
        <translation>Heatmap focal loss form: seed or bce.</translation>
    </message>
    <message>
        <source>best.pt criterion: mean_error, val_loss or pck@N (N in 128-px pixels).</source>
        <translation>best.pt criterion: mean_error, val_loss or pck@N (N in 128-px pixels).</translation>
    </message>
    <message>
        <source>Decoder BatchNorm momentum (PyTorch convention; the seed's Keras default is 0.01).</source>
        <translation>Decoder BatchNorm momentum (PyTorch convention; the seed's Keras default is 0.01).</translation>
    </message>
    <message>
        <source>Re-estimate BatchNorm statistics on N training batches before each validation (0 = off).</source>
        <translation>Re-estimate BatchNorm statistics on N training batches before each validation (0 = off).</translation>
    </message>
    <message>
        <source>Synthetic data: training images per epoch.</source>
        <translation>Synthetic data: training images per epoch.</translation>
    </message>
    <message>
        <source>Synthetic data: validation images.</source>
        <translation>Synthetic data: validation images.</translation>
    </message>
    <message>
        <source>Synthetic data: the same training images every epoch instead of new ones.</source>
        <translation>Synthetic data: the same training images every epoch instead of new ones.</translation>
    </message>
    <message>
        <source>Plot one validation metric of several training runs against wall-clock minutes, images seen or epochs (PNG) and print each run's numbers.</source>
        <translation>Plot one validation metric of several training runs against wall-clock minutes, images seen or epochs (PNG) and print each run's numbers.</translation>
    </message>
    <message>
        <source>Usage: kpstudio bench data|train|browser|export [OPTIONS]  (kpstudio bench train --help)</source>
        <translation>Usage: kpstudio bench data|train|browser|export [OPTIONS]  (kpstudio bench train --help)</translation>
    </message>
    <message>
        <source>Write the seed's training arrays from a dataset: X_data.npy (float32 N x 128 x 128 x 3, BGR minus the caffe means) and Y_data.npz (heatmaps N x 64 x 64 x K, coords N x 2K). Rows follow the sorted image names that have an annotation.</source>
        <translation>Write the seed's training arrays from a dataset: X_data.npy (float32 N x 128 x 128 x 3, BGR minus the caffe means) and Y_data.npz (heatmaps N x 64 x 64 x K, coords N x 2K). Rows follow the sorted image names that have an annotation.</translation>
    </message>
    <message>
        <source>Folder to write (created if needed).</source>
        <translation>Folder to write (created if needed).</translation>
    </message>
    <message>
        <source>expected one DATASET folder (kpstudio export-arrays --help)</source>
        <translation>expected one DATASET folder (kpstudio export-arrays --help)</translation>
    </message>
    <message>
        <source>Wrote %1 rows, K = %2 (%3): %4, %5</source>
        <translation>Wrote %1 rows, K = %2 (%3): %4, %5</translation>
    </message>
    <message>
        <source>from the annotations</source>
        <translation>from the annotations</translation>
    </message>
    <message>
        <source>Mesh file</source>
        <translation>Mesh file</translation>
    </message>
    <message>
        <source>Mesh edges</source>
        <translation>Mesh edges</translation>
    </message>
    <message>
        <source>Other mesh files (unused)</source>
        <translation>Other mesh files (unused)</translation>
    </message>
    <message>
        <source>Train on the seed's arrays instead (X_data.npy, Y_data.npz in DIR).</source>
        <translation>Train on the seed's arrays instead (X_data.npy, Y_data.npz in DIR).</translation>
    </message>
    <message>
        <source>ImageNet weights for the backbone: torchvision ResNet (.pth) or Keras ResNet50 (.h5).</source>
        <translation>ImageNet weights for the backbone: torchvision ResNet (.pth) or Keras ResNet50 (.h5).</translation>
    </message>
    <message>
        <source>Weight of the coordinate L1 loss (the seed's: 5).</source>
        <translation>Weight of the coordinate L1 loss (the seed's: 5).</translation>
    </message>
    <message>
        <source>Initial heatmap value of a fresh model (0 = off).</source>
        <translation>Initial heatmap value of a fresh model (0 = off).</translation>
    </message>
    <message>
        <source>--data and --arrays exclude each other</source>
        <translation>--data and --arrays exclude each other</translation>
    </message>
    <message>
        <source>the rank processes did not finish</source>
        <translation>the rank processes did not finish</translation>
    </message>
    <message>
        <source>%1: rank 0 wrote no result</source>
        <translation>%1: rank 0 wrote no result</translation>
    </message>
    <message>
        <source>--rank-result is for rank processes (RANK and WORLD_SIZE unset)</source>
        <translation>--rank-result is for rank processes (RANK and WORLD_SIZE unset)</translation>
    </message>
    <message>
        <source>%1: cannot write the rank result</source>
        <translation>%1: cannot write the rank result</translation>
    </message>
    <message>
        <source>Data-parallel training with N rank processes against one process: img/s of each, their ratio and the gradient allreduce time per step.</source>
        <translation>Data-parallel training with N rank processes against one process: img/s of each, their ratio and the gradient allreduce time per step.</translation>
    </message>
    <message>
        <source>Internal: run as a rank of --nproc and write the result to FILE.</source>
        <translation>Internal: run as a rank of --nproc and write the result to FILE.</translation>
    </message>
    <message>
        <source>--nproc: expected a positive integer</source>
        <translation>--nproc: expected a positive integer</translation>
    </message>
    <message>
        <source>was killed by signal %1 (%2)</source>
        <translation>was killed by signal %1 (%2)</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>exited with code %1</translation>
    </message>
    <message>
        <source>no free TCP port on 127.0.0.1 for the rendezvous (give one with --master-port)</source>
        <translation>no free TCP port on 127.0.0.1 for the rendezvous (give one with --master-port)</translation>
    </message>
    <message>
        <source>rank %1 could not be started: %2</source>
        <translation>rank %1 could not be started: %2</translation>
    </message>
    <message>
        <source>rank %1 (pid %2) %3</source>
        <translation>rank %1 (pid %2) %3</translation>
    </message>
    <message>
        <source>rank(s) %1 stopped responding: rank %2 gave up waiting for it (%3) and it was still running %4 s later, so it was killed</source>
        <translation>rank(s) %1 stopped responding: rank %2 gave up waiting for it (%3) and it was still running %4 s later, so it was killed</translation>
    </message>
    <message>
        <source>; rank(s) %1 still running %2 s later were killed</source>
        <translation>; rank(s) %1 still running %2 s later were killed</translation>
    </message>
    <message>
        <source>Forward passes per optimizer step (gradient accumulation): a step trains on batch x K images (default 1).</source>
        <translation>Forward passes per optimizer step (gradient accumulation): a step trains on batch x K images (default 1).</translation>
    </message>
    <message>
        <source>Data-parallel ranks to start on this machine: one per GPU, or CPU processes sharing the cores (default 1).</source>
        <translation>Data-parallel ranks to start on this machine: one per GPU, or CPU processes sharing the cores (default 1).</translation>
    </message>
    <message>
        <source>Machines of a data-parallel run (default 1).</source>
        <translation>Machines of a data-parallel run (default 1).</translation>
    </message>
    <message>
        <source>This machine's index among --nnodes (default 0).</source>
        <translation>This machine's index among --nnodes (default 0).</translation>
    </message>
    <message>
        <source>Address of the machine running rank 0 (default 127.0.0.1).</source>
        <translation>Address of the machine running rank 0 (default 127.0.0.1).</translation>
    </message>
    <message>
        <source>TCP port of the rendezvous on the master (default: a free port on one machine, 29500 on several).</source>
        <translation>TCP port of the rendezvous on the master (default: a free port on one machine, 29500 on several).</translation>
    </message>
    <message>
        <source>Seconds a rank waits for the others (rendezvous, each collective) before the run fails (default 300).</source>
        <translation>Seconds a rank waits for the others (rendezvous, each collective) before the run fails (default 300).</translation>
    </message>
    <message>
        <source>--master-port: %1 is not a TCP port</source>
        <translation>--master-port: %1 is not a TCP port</translation>
    </message>
    <message>
        <source>--node-rank %1 must be below --nnodes %2</source>
        <translation>--node-rank %1 must be below --nnodes %2</translation>
    </message>
    <message>
        <source>--nproc/--nnodes inside a launched rank (RANK is set): give either a launcher or --nproc, not both</source>
        <translation>--nproc/--nnodes inside a launched rank (RANK is set): give either a launcher or --nproc, not both</translation>
    </message>
    <message>
        <source>%1; the run stays resumable from its last completed epoch: kpstudio train --run %2 --resume --nproc %3</source>
        <translation>%1; the run stays resumable from its last completed epoch: kpstudio train --run %2 --resume --nproc %3</translation>
    </message>
    <message>
        <source>measured %1 s per epoch: %2 epochs in all</source>
        <translation>measured %1 s per epoch: %2 epochs in all</translation>
    </message>
    <message>
        <source>Processes sharing the images (data-parallel; same outputs as one process).</source>
        <translation>Processes sharing the images (data-parallel; same outputs as one process).</translation>
    </message>
    <message>
        <source>--nproc must be a positive integer</source>
        <translation>--nproc must be a positive integer</translation>
    </message>
    <message>
        <source>Start from a saved training config (the Train page's Save config, or a run's config.json); the other options override its values.</source>
        <translation>Start from a saved training config (the Train page's Save config, or a run's config.json); the other options override its values.</translation>
    </message>
    <message>
        <source>--data DIR is required (or --arrays DIR, --config FILE or --resume)</source>
        <translation>--data DIR is required (or --arrays DIR, --config FILE or --resume)</translation>
    </message>
    <message>
        <source>--config %1: %2</source>
        <translation>--config %1: %2</translation>
    </message>
    <message>
        <source>--config and --recipe exclude each other</source>
        <translation>--config and --recipe exclude each other</translation>
    </message>
    <message>
        <source>finished: %1; best epoch %2 (val loss %3)</source>
        <translation>finished: %1; best epoch %2 (val loss %3)</translation>
    </message>
    <message>
        <source>stopped in epoch %1 after batch %2</source>
        <translation>stopped in epoch %1 after batch %2</translation>
    </message>
    <message>
        <source>Measure a training recipe's model and batch size instead (seed or cpu-fast; --preset and --batch still override them).</source>
        <translation>Measure a training recipe's model and batch size instead (seed or cpu-fast; --preset and --batch still override them).</translation>
    </message>
    <message>
        <source>SoftArgMax temperature beta (default: the recipe's, 15 for seed and 30 for cpu-fast).</source>
        <translation>SoftArgMax temperature beta (default: the recipe's, 15 for seed and 30 for cpu-fast).</translation>
    </message>
    <message>
        <source>Face colours: fixed (default; one livery, every face keeps its colour in every image, as on a real spacecraft) or random (drawn anew for every image).</source>
        <translation>Face colours: fixed (default; one livery, every face keeps its colour in every image, as on a real spacecraft) or random (drawn anew for every image).</translation>
    </message>
    <message>
        <source>expected 'fixed' or 'random', got '%1'</source>
        <translation>expected 'fixed' or 'random', got '%1'</translation>
    </message>
    <message>
        <source>Wrote %1 images (%2x%3, seed %4, %5 visibility, %6 materials) to %7 in %8 s (%9 img/s)</source>
        <translation>Wrote %1 images (%2x%3, seed %4, %5 visibility, %6 materials) to %7 in %8 s (%9 img/s)</translation>
    </message>
    <message>
        <source>Synthetic data: face colours, fixed (default; every face keeps its colour) or random (new colours in every image).</source>
        <translation>Synthetic data: face colours, fixed (default; every face keeps its colour) or random (new colours in every image).</translation>
    </message>
    <message>
        <source>--batch: expected a number &gt;= 1</source>
        <translation>--batch: expected a number &gt;= 1</translation>
    </message>
    <message>
        <source>Arithmetic of the throughput measurements: auto, fp32 or bf16_mixed (default: the recipe's, else fp32). Both are compared on the CPU in any case.</source>
        <translation>Arithmetic of the throughput measurements: auto, fp32 or bf16_mixed (default: the recipe's, else fp32). Both are compared on the CPU in any case.</translation>
    </message>
    <message>
        <source>slower than planned: epoch %1 ends the run</source>
        <translation>slower than planned: epoch %1 ends the run</translation>
    </message>
    <message>
        <source>Arithmetic: auto (bf16 mixed on a CPU with native bf16, else float32; the cpu-fast recipe's), fp32 (the seed's) or bf16_mixed.</source>
        <translation>Arithmetic: auto (bf16 mixed on a CPU with native bf16, else float32; the cpu-fast recipe's), fp32 (the seed's) or bf16_mixed.</translation>
    </message>
    <message>
        <source>re-planned from %1 s per epoch: %2 epochs in all</source>
        <translation>re-planned from %1 s per epoch: %2 epochs in all</translation>
    </message>
</context>
<context>
    <name>kpstudio</name>
    <message>
        <source>Summarise a dataset and list its problems</source>
        <translation>Summarise a dataset and list its problems</translation>
    </message>
    <message>
        <source>Render a synthetic spacecraft dataset</source>
        <translation>Render a synthetic spacecraft dataset</translation>
    </message>
    <message>
        <source>Train a keypoint model into a run directory</source>
        <translation>Train a keypoint model into a run directory</translation>
    </message>
    <message>
        <source>Evaluate a model on an annotated dataset</source>
        <translation>Evaluate a model on an annotated dataset</translation>
    </message>
    <message>
        <source>Predict keypoints for a folder of images</source>
        <translation>Predict keypoints for a folder of images</translation>
    </message>
    <message>
        <source>Generate, train, evaluate: the whole pipeline in minutes</source>
        <translation>Generate, train, evaluate: the whole pipeline in minutes</translation>
    </message>
    <message>
        <source>Measure data and training throughput</source>
        <translation>Measure data and training throughput</translation>
    </message>
    <message>
        <source>Usage: kpstudio COMMAND [OPTIONS]  (kpstudio COMMAND --help for details)</source>
        <translation>Usage: kpstudio COMMAND [OPTIONS]  (kpstudio COMMAND --help for details)</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>kpstudio: unknown command '%1'</source>
        <translation>kpstudio: unknown command '%1'</translation>
    </message>
    <message>
        <source>Evaluate a model on an annotated dataset (visible keypoints only).</source>
        <translation>Evaluate a model on an annotated dataset (visible keypoints only).</translation>
    </message>
    <message>
        <source>Weights file (best.pt, last.pt or exported).</source>
        <translation>Weights file (best.pt, last.pt or exported).</translation>
    </message>
    <message>
        <source>Dataset root (Rendered_Images/, JSON_Data_REF/).</source>
        <translation>Dataset root (Rendered_Images/, JSON_Data_REF/).</translation>
    </message>
    <message>
        <source>Output folder (overlays/, heatmaps/, original_overlays/, evaluation_summary.json).</source>
        <translation>Output folder (overlays/, heatmaps/, original_overlays/, evaluation_summary.json).</translation>
    </message>
    <message>
        <source>all, or val: only the validation stems of split.json beside the model.</source>
        <translation>all, or val: only the validation stems of split.json beside the model.</translation>
    </message>
    <message>
        <source>--model, --data and --out are required</source>
        <translation>--model, --data and --out are required</translation>
    </message>
    <message>
        <source>--split must be 'all' or 'val'</source>
        <translation>--split must be 'all' or 'val'</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Report: %1</translation>
    </message>
    <message>
        <source>img</source>
        <translation>img</translation>
    </message>
    <message>
        <source>Predict keypoints for a folder of images; unlabelled images get 4SP annotation JSONs.</source>
        <translation>Predict keypoints for a folder of images; unlabelled images get 4SP annotation JSONs.</translation>
    </message>
    <message>
        <source>Image folder or dataset root.</source>
        <translation>Image folder or dataset root.</translation>
    </message>
    <message>
        <source>Output folder (overlays/, heatmaps/, original_overlays/, JSON_Data_REF/, evaluation_summary.json).</source>
        <translation>Output folder (overlays/, heatmaps/, original_overlays/, JSON_Data_REF/, evaluation_summary.json).</translation>
    </message>
    <message>
        <source>Heatmap peak needed to write a keypoint as visible (0..1).</source>
        <translation>Heatmap peak needed to write a keypoint as visible (0..1).</translation>
    </message>
    <message>
        <source>--model, --images and --out are required</source>
        <translation>--model, --images and --out are required</translation>
    </message>
    <message>
        <source>--threshold must be a number in [0, 1]</source>
        <translation>--threshold must be a number in [0, 1]</translation>
    </message>
    <message>
        <source>Predicted %1 images (%2 annotated, %3 new annotations in %4)</source>
        <translation>Predicted %1 images (%2 annotated, %3 new annotations in %4)</translation>
    </message>
    <message>
        <source>Images per forward pass.</source>
        <translation>Images per forward pass.</translation>
    </message>
    <message>
        <source>cpu, cuda or cuda:N.</source>
        <translation>cpu, cuda or cuda:N.</translation>
    </message>
    <message>
        <source>Decoding/writing threads (0 = all cores).</source>
        <translation>Decoding/writing threads (0 = all cores).</translation>
    </message>
    <message>
        <source>Also write raw heatmaps as heatmaps/&lt;stem&gt;.npy (K x HEAT x HEAT float32).</source>
        <translation>Also write raw heatmaps as heatmaps/&lt;stem&gt;.npy (K x HEAT x HEAT float32).</translation>
    </message>
    <message>
        <source>Skip overlay and heatmap pictures (report files only).</source>
        <translation>Skip overlay and heatmap pictures (report files only).</translation>
    </message>
    <message>
        <source>--batch must be a positive integer</source>
        <translation>--batch must be a positive integer</translation>
    </message>
    <message>
        <source>--threads must be 0 or a positive integer</source>
        <translation>--threads must be 0 or a positive integer</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>... and %1 more problems</source>
        <translation>... and %1 more problems</translation>
    </message>
    <message>
        <source>Evaluate a model on an annotated dataset and write a report folder (report.html, report.pdf, plots, CSV and JSON metrics).</source>
        <translation>Evaluate a model on an annotated dataset and write a report folder (report.html, report.pdf, plots, CSV and JSON metrics).</translation>
    </message>
    <message>
        <source>Report folder (created when missing).</source>
        <translation>Report folder (created when missing).</translation>
    </message>
    <message>
        <source>Number of worst images shown with overlays.</source>
        <translation>Number of worst images shown with overlays.</translation>
    </message>
    <message>
        <source>--worst must be 0 or a positive integer</source>
        <translation>--worst must be 0 or a positive integer</translation>
    </message>
    <message>
        <source>needs a QApplication (internal error)</source>
        <translation>needs a QApplication (internal error)</translation>
    </message>
    <message>
        <source>Pose check: %1 of %2 images solved, median rotation error %3 deg</source>
        <translation>Pose check: %1 of %2 images solved, median rotation error %3 deg</translation>
    </message>
    <message>
        <source>Evaluate a model and write an HTML/PDF report with plots</source>
        <translation>Evaluate a model and write an HTML/PDF report with plots</translation>
    </message>
    <message>
        <source>Plot a validation metric of several runs against time</source>
        <translation>Plot a validation metric of several runs against time</translation>
    </message>
    <message>
        <source>Inference latency of the exported ONNX graph in OpenCV DNN against LibTorch (random weights, the same input), ms per image and the ratio, measured in one run.</source>
        <translation>Inference latency of the exported ONNX graph in OpenCV DNN against LibTorch (random weights, the same input), ms per image and the ratio, measured in one run.</translation>
    </message>
    <message>
        <source>Model presets, comma-separated (default small,seed).</source>
        <translation>Model presets, comma-separated (default small,seed).</translation>
    </message>
    <message>
        <source>Images per forward pass (default 1).</source>
        <translation>Images per forward pass (default 1).</translation>
    </message>
    <message>
        <source>Timed forward passes per runtime (default 5).</source>
        <translation>Timed forward passes per runtime (default 5).</translation>
    </message>
    <message>
        <source>Threads for both runtimes (default: all cores).</source>
        <translation>Threads for both runtimes (default: all cores).</translation>
    </message>
    <message>
        <source>--batch must be a positive whole number</source>
        <translation>--batch must be a positive whole number</translation>
    </message>
    <message>
        <source>--iterations must be a positive whole number</source>
        <translation>--iterations must be a positive whole number</translation>
    </message>
    <message>
        <source>--threads must be a positive whole number</source>
        <translation>--threads must be a positive whole number</translation>
    </message>
    <message>
        <source>ONNX inference, OpenCV DNN %1 vs LibTorch, batch %2, %3 threads, %4 iterations</source>
        <translation>ONNX inference, OpenCV DNN %1 vs LibTorch, batch %2, %3 threads, %4 iterations</translation>
    </message>
    <message>
        <source>%1 (%2, %3 px, %4 MB ONNX): LibTorch %5 ms/image, OpenCV DNN %6 ms/image, OpenCV/LibTorch time ratio %7 (max |dheatmap| %8)</source>
        <translation>%1 (%2, %3 px, %4 MB ONNX): LibTorch %5 ms/image, OpenCV DNN %6 ms/image, OpenCV/LibTorch time ratio %7 (max |dheatmap| %8)</translation>
    </message>
    <message>
        <source>--arrays and --data exclude each other</source>
        <translation>--arrays and --data exclude each other</translation>
    </message>
    <message>
        <source>--model, --arrays and --out are required</source>
        <translation>--model, --arrays and --out are required</translation>
    </message>
    <message>
        <source>Evaluate on the seed's arrays (X_data.npy, Y_data.npz in DIR) instead of --data.</source>
        <translation>Evaluate on the seed's arrays (X_data.npy, Y_data.npz in DIR) instead of --data.</translation>
    </message>
    <message>
        <source>Export a trained model as ONNX (input `image`, outputs `heatmaps` and `coords`) and verify it with OpenCV DNN against LibTorch; a file that fails is kept as &lt;out&gt;.unverified.</source>
        <translation>Export a trained model as ONNX (input `image`, outputs `heatmaps` and `coords`) and verify it with OpenCV DNN against LibTorch; a file that fails is kept as &lt;out&gt;.unverified.</translation>
    </message>
    <message>
        <source>Weights file (best.pt, last.pt).</source>
        <translation>Weights file (best.pt, last.pt).</translation>
    </message>
    <message>
        <source>Export format: onnx.</source>
        <translation>Export format: onnx.</translation>
    </message>
    <message>
        <source>Output file (model.onnx).</source>
        <translation>Output file (model.onnx).</translation>
    </message>
    <message>
        <source>ONNX opset, %1..%2 (default %3).</source>
        <translation>ONNX opset, %1..%2 (default %3).</translation>
    </message>
    <message>
        <source>Batch dimension: dynamic or a fixed size N.</source>
        <translation>Batch dimension: dynamic or a fixed size N.</translation>
    </message>
    <message>
        <source>Graph outputs: heatmaps, coords or both.</source>
        <translation>Graph outputs: heatmaps, coords or both.</translation>
    </message>
    <message>
        <source>Put the input normalisation into the graph: it then takes raw 0-255 RGB crops.</source>
        <translation>Put the input normalisation into the graph: it then takes raw 0-255 RGB crops.</translation>
    </message>
    <message>
        <source>Dataset whose first images are the verification crops (default: rendered synthetic images).</source>
        <translation>Dataset whose first images are the verification crops (default: rendered synthetic images).</translation>
    </message>
    <message>
        <source>Number of verification crops (default 4).</source>
        <translation>Number of verification crops (default 4).</translation>
    </message>
    <message>
        <source>Only verify an exported file against --model (no export).</source>
        <translation>Only verify an exported file against --model (no export).</translation>
    </message>
    <message>
        <source>--model is required</source>
        <translation>--model is required</translation>
    </message>
    <message>
        <source>--crops must be a whole number in [1, 64]</source>
        <translation>--crops must be a whole number in [1, 64]</translation>
    </message>
    <message>
        <source>%1 failed the verification</source>
        <translation>%1 failed the verification</translation>
    </message>
    <message>
        <source>unknown format '%1' (known: onnx)</source>
        <translation>unknown format '%1' (known: onnx)</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>--out is required</translation>
    </message>
    <message>
        <source>--opset must be a whole number, got '%1'</source>
        <translation>--opset must be a whole number, got '%1'</translation>
    </message>
    <message>
        <source>--batch must be 'dynamic' or a positive whole number, got '%1'</source>
        <translation>--batch must be 'dynamic' or a positive whole number, got '%1'</translation>
    </message>
    <message>
        <source>Exported %1 (%2 MB, opset %3, batch %4, outputs %5); weights SHA-256 %6</source>
        <translation>Exported %1 (%2 MB, opset %3, batch %4, outputs %5); weights SHA-256 %6</translation>
    </message>
    <message>
        <source>verification failed; the file is kept as %1</source>
        <translation>verification failed; the file is kept as %1</translation>
    </message>
    <message>
        <source>Convert a Keras model of the seed's network (.keras of Keras 3 or 2.13, or a legacy .h5) into a Keypoint Studio weights file.</source>
        <translation>Convert a Keras model of the seed's network (.keras of Keras 3 or 2.13, or a legacy .h5) into a Keypoint Studio weights file.</translation>
    </message>
    <message>
        <source>Keras model file</source>
        <translation>Keras model file</translation>
    </message>
    <message>
        <source>Weights file to write (.pt).</source>
        <translation>Weights file to write (.pt).</translation>
    </message>
    <message>
        <source>expected one MODEL file (kpstudio import-keras --help)</source>
        <translation>expected one MODEL file (kpstudio import-keras --help)</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE is required</translation>
    </message>
    <message>
        <source>Imported %1 (%2): K = %3, input %4 px, decoder %5 -&gt; %6</source>
        <translation>Imported %1 (%2): K = %3, input %4 px, decoder %5 -&gt; %6</translation>
    </message>
    <message>
        <source>Export a model as ONNX, verified with OpenCV DNN against LibTorch</source>
        <translation>Export a model as ONNX, verified with OpenCV DNN against LibTorch</translation>
    </message>
    <message>
        <source>Write the seed's X_data.npy / Y_data.npz arrays from a dataset</source>
        <translation>Write the seed's X_data.npy / Y_data.npz arrays from a dataset</translation>
    </message>
    <message>
        <source>Convert a Keras model of the seed (.keras, .h5) into a weights file</source>
        <translation>Convert a Keras model of the seed (.keras, .h5) into a weights file</translation>
    </message>
    <message>
        <source>--nproc does not apply to --arrays</source>
        <translation>--nproc does not apply to --arrays</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Annotate, train and inspect heatmap keypoint detectors for spacecraft pose estimation.</source>
        <translation>Annotate, train and inspect heatmap keypoint detectors for spacecraft pose estimation.</translation>
    </message>
    <message>
        <source>Open the built-in demo dataset.</source>
        <translation>Open the built-in demo dataset.</translation>
    </message>
    <message>
        <source>User interface language (en, pt_BR, de).</source>
        <translation>User interface language (en, pt_BR, de).</translation>
    </message>
    <message>
        <source>Dataset folder to open (4SP layout).</source>
        <translation>Dataset folder to open (4SP layout).</translation>
    </message>
    <message>
        <source>Save screenshots of the window into the folder, then quit.</source>
        <translation>Save screenshots of the window into the folder, then quit.</translation>
    </message>
    <message>
        <source>Training run folder to show on the Train page (followed live while it is being written).</source>
        <translation>Training run folder to show on the Train page (followed live while it is being written).</translation>
    </message>
    <message>
        <source>Window size for --screenshots (default 1280x800).</source>
        <translation>Window size for --screenshots (default 1280x800).</translation>
    </message>
    <message>
        <source>expected WxH, e.g. 1366x768</source>
        <translation>expected WxH, e.g. 1366x768</translation>
    </message>
</context>
</TS>