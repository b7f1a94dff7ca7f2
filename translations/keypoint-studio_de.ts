<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>kps::AboutDialog</name>
    <message>
        <source>About Keypoint Studio</source>
        <translation>Über Keypoint Studio</translation>
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
            <numerusform>CPU (%n Thread)</numerusform>
            <numerusform>CPU (%n Threads)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keypoint Studio %1&lt;/h3&gt;&lt;p&gt;Annotate, train and inspect heatmap keypoint detectors for spacecraft pose estimation.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keypoint Studio %1&lt;/h3&gt;&lt;p&gt;Heatmap-Keypoint-Detektoren für die Lageschätzung von Raumfahrzeugen annotieren, trainieren und untersuchen.&lt;/p&gt;</translation>
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
        <translation>Rechengerät</translation>
    </message>
    <message>
        <source>README: installation, GPU training, command line</source>
        <translation>README: Installation, GPU-Training, Kommandozeile</translation>
    </message>
</context>
<context>
    <name>kps::ApplyPredictionsCommand</name>
    <message>
        <source>Apply model predictions</source>
        <translation>Modellvorhersagen übernehmen</translation>
    </message>
</context>
<context>
    <name>kps::DataPage</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The annotation of %1 has unsaved changes.</source>
        <translation>Die Annotation von %1 hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save annotation</source>
        <translation>Annotation speichern</translation>
    </message>
    <message>
        <source>The annotation could not be saved.</source>
        <translation>Die Annotation konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Predictions of %1 applied: correct them and save (Ctrl+Z undoes)</source>
        <translation>Vorhersagen für %1 übernommen: korrigieren und speichern (Strg+Z macht rückgängig)</translation>
    </message>
    <message>
        <source>%1 is not an image of the open dataset</source>
        <translation>%1 ist kein Bild des geöffneten Datensatzes</translation>
    </message>
    <message>
        <source>Click in the image to place keypoint %1 (Esc cancels)</source>
        <translation>Ins Bild klicken, um Keypoint %1 zu setzen (Esc bricht ab)</translation>
    </message>
    <message>
        <source>%1 belongs to no image of the list</source>
        <translation>%1 gehört zu keinem Bild der Liste</translation>
    </message>
    <message>
        <source>Demo dataset</source>
        <translation>Demo-Datensatz</translation>
    </message>
    <message numerus="yes">
        <source>Rendering the demo dataset (%n image(s)); this happens once.</source>
        <translation>
            <numerusform>Demo-Datensatz wird gerendert (%n Bild); das geschieht nur einmal.</numerusform>
            <numerusform>Demo-Datensatz wird gerendert (%n Bilder); das geschieht nur einmal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Rendering the demo dataset into %1</source>
        <translation>Demo-Datensatz wird in %1 gerendert</translation>
    </message>
    <message>
        <source>The demo dataset could not be created.</source>
        <translation>Der Demo-Datensatz konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Demo dataset cancelled</source>
        <translation>Demo-Datensatz abgebrochen</translation>
    </message>
    <message>
        <source>No dataset open.

Open a dataset folder with File &gt; Open dataset… (%1)
or explore the built-in demo with File &gt; Open demo dataset.</source>
        <translation>Kein Datensatz geöffnet.

Öffnen Sie einen Datensatzordner mit Datei &gt; Datensatz öffnen… (%1)
oder erkunden Sie die eingebaute Demo mit Datei &gt; Demo-Datensatz öffnen.</translation>
    </message>
    <message>
        <source>Scanning the dataset…</source>
        <translation>Datensatz wird eingelesen…</translation>
    </message>
    <message>
        <source>The dataset could not be opened:
%1</source>
        <translation>Der Datensatz konnte nicht geöffnet werden:
%1</translation>
    </message>
    <message>
        <source>No images found in %1.
A dataset needs Rendered_Images/, JSON_Data_REF/ and Object_Information/mesh_information.json; see the Problems panel.</source>
        <translation>Keine Bilder in %1 gefunden.
Ein Datensatz braucht Rendered_Images/, JSON_Data_REF/ und Object_Information/mesh_information.json; siehe den Bereich Probleme.</translation>
    </message>
    <message>
        <source>Select an image in the Images panel.</source>
        <translation>Wählen Sie ein Bild im Bereich Bilder.</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Keypoints</source>
        <translation>Keypoints</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&lt;loaded&gt;</source>
        <translation>&lt;geladen&gt;</translation>
    </message>
    <message>
        <source>&amp;Save annotation</source>
        <translation>Annotation &amp;speichern</translation>
    </message>
    <message>
        <source>Write the shown image&apos;s annotation JSON</source>
        <translation>Die Annotations-JSON des angezeigten Bildes schreiben</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Toggle &amp;visible</source>
        <translation>&amp;Sichtbarkeit umschalten</translation>
    </message>
    <message>
        <source>Mark the selected keypoint visible or not visible</source>
        <translation>Den gewählten Keypoint als sichtbar oder nicht sichtbar markieren</translation>
    </message>
    <message>
        <source>&amp;Delete keypoint</source>
        <translation>Keypoint &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Place keypoint</source>
        <translation>Keypoint &amp;setzen</translation>
    </message>
    <message>
        <source>Click in the image to place the selected (or first missing) keypoint</source>
        <translation>Ins Bild klicken, um den gewählten (oder ersten fehlenden) Keypoint zu setzen</translation>
    </message>
    <message>
        <source>&amp;Cancel placing</source>
        <translation>Setzen &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Keypoints</source>
        <translation>&amp;Keypoints</translation>
    </message>
    <message>
        <source>Keypoint &amp;labels</source>
        <translation>Keypoint-&amp;Beschriftungen</translation>
    </message>
    <message>
        <source>Mesh &amp;edges</source>
        <translation>Netzk&amp;anten</translation>
    </message>
    <message>
        <source>&amp;Crop box</source>
        <translation>&amp;Zuschnittrahmen</translation>
    </message>
    <message>
        <source>&amp;Non-visible keypoints</source>
        <translation>&amp;Nicht sichtbare Keypoints</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom o&amp;ut</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Next image</source>
        <translation>&amp;Nächstes Bild</translation>
    </message>
    <message>
        <source>&amp;Previous image</source>
        <translation>&amp;Vorheriges Bild</translation>
    </message>
</context>
<context>
    <name>kps::DataStatusWidgets</name>
    <message>
        <source>Scanning %1…</source>
        <translation>%1 wird eingelesen…</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>x %1  y %2</source>
        <translation>x %1  y %2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotated</source>
        <translation>
            <numerusform>%n annotiert</numerusform>
            <numerusform>%n annotiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keypoint(s) per image</source>
        <translation>
            <numerusform>%n Keypoint pro Bild</numerusform>
            <numerusform>%n Keypoints pro Bild</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message numerus="yes">
        <source>%n visible</source>
        <translation>
            <numerusform>%n sichtbar</numerusform>
            <numerusform>%n sichtbar</numerusform>
        </translation>
    </message>
    <message>
        <source>not annotated</source>
        <translation>nicht annotiert</translation>
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
        <translation>%1 hat eine Annotation, aber kein Bild.</translation>
    </message>
    <message>
        <source>The image could not be read: %1</source>
        <translation>Das Bild konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The annotation could not be read: %1</source>
        <translation>Die Annotation konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>kps::DeleteKeypointCommand</name>
    <message>
        <source>Delete keypoint %1</source>
        <translation>Keypoint %1 löschen</translation>
    </message>
</context>
<context>
    <name>kps::DemoDatasetJob</name>
    <message>
        <source>Could not move %1 to %2</source>
        <translation>%1 konnte nicht nach %2 verschoben werden</translation>
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
        <translation>Fehler (%1)</translation>
    </message>
</context>
<context>
    <name>kps::EvaluationReportWriter</name>
    <message>
        <source>IMG px</source>
        <translation>IMG-px</translation>
    </message>
    <message>
        <source>Mean error (%1)</source>
        <translation>Mittlerer Fehler (%1)</translation>
    </message>
    <message>
        <source>PCK@2 (%)</source>
        <translation>PCK@2 (%)</translation>
    </message>
    <message>
        <source>Heatmap peak</source>
        <translation>Heatmap-Maximum</translation>
    </message>
    <message>
        <source>Error (%1)</source>
        <translation>Fehler (%1)</translation>
    </message>
    <message>
        <source>Keypoint evaluation report</source>
        <translation>Auswertungsbericht der Keypoints</translation>
    </message>
    <message>
        <source>Model and dataset</source>
        <translation>Modell und Datensatz</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>Modelldatei</translation>
    </message>
    <message>
        <source>Weights SHA-256</source>
        <translation>SHA-256 der Gewichte</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>preset %1, backbone %2, %3 keypoints, input %4 px, heatmaps %5 px</source>
        <translation>Voreinstellung %1, Backbone %2, %3 Keypoints, Eingabe %4 px, Heatmaps %5 px</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>%1 evaluated (%2 annotated), split: %3</source>
        <translation>%1 ausgewertet (%2 annotiert), Aufteilung: %3</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Keypoint Studio version</source>
        <translation>Keypoint-Studio-Version</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>%1 images processed, %2 with ground truth, %3 visible keypoints evaluated.</source>
        <translation>%1 Bilder verarbeitet, %2 mit Ground Truth, %3 sichtbare Keypoints ausgewertet.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>IMG px (%1 x %1)</source>
        <translation>IMG-px (%1 x %1)</translation>
    </message>
    <message>
        <source>Original px</source>
        <translation>Original-px</translation>
    </message>
    <message>
        <source>Visible keypoints</source>
        <translation>Sichtbare Keypoints</translation>
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
        <translation>Euklidischer Mittelwert</translation>
    </message>
    <message>
        <source>Euclidean median</source>
        <translation>Euklidischer Median</translation>
    </message>
    <message>
        <source>Euclidean P95</source>
        <translation>Euklidisches P95</translation>
    </message>
    <message>
        <source>Euclidean RMSE</source>
        <translation>Euklidischer RMSE</translation>
    </message>
    <message>
        <source>Euclidean max</source>
        <translation>Euklidisches Maximum</translation>
    </message>
    <message>
        <source>PCK &lt;= %1 px (%)</source>
        <translation>PCK &lt;= %1 px (%)</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>PCK curve: percent of visible keypoints within a threshold (IMG px).</source>
        <translation>PCK-Kurve: Anteil der sichtbaren Keypoints innerhalb einer Schwelle (IMG-px).</translation>
    </message>
    <message>
        <source>Histogram of keypoint errors (IMG px).</source>
        <translation>Histogramm der Keypoint-Fehler (IMG-px).</translation>
    </message>
    <message>
        <source>Mean error per keypoint (IMG px).</source>
        <translation>Mittlerer Fehler je Keypoint (IMG-px).</translation>
    </message>
    <message>
        <source>PCK@2 per keypoint.</source>
        <translation>PCK@2 je Keypoint.</translation>
    </message>
    <message>
        <source>Error against the heatmap peak of each visible keypoint.</source>
        <translation>Fehler über dem Heatmap-Maximum jedes sichtbaren Keypoints.</translation>
    </message>
    <message>
        <source>Per keypoint</source>
        <translation>Je Keypoint</translation>
    </message>
    <message>
        <source>Errors in IMG px unless marked as original px; PCK@2 counts errors &lt;= 2 IMG px.</source>
        <translation>Fehler in IMG-px, sofern nicht als Original-px gekennzeichnet; PCK@2 zählt Fehler &lt;= 2 IMG-px.</translation>
    </message>
    <message>
        <source>Keypoint</source>
        <translation>Keypoint</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Sichtbar</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittel</translation>
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
        <translation>Max.</translation>
    </message>
    <message>
        <source>Mean (original px)</source>
        <translation>Mittel (Original-px)</translation>
    </message>
    <message>
        <source>Mean heatmap peak</source>
        <translation>Mittleres Heatmap-Maximum</translation>
    </message>
    <message>
        <source>Worst images</source>
        <translation>Schlechteste Bilder</translation>
    </message>
    <message>
        <source>No annotated image with visible keypoints.</source>
        <translation>Kein annotiertes Bild mit sichtbaren Keypoints.</translation>
    </message>
    <message>
        <source>The %1 images with the largest mean error; x = ground truth, o = prediction, on the model&apos;s input crop.</source>
        <translation>Die %1 Bilder mit dem größten mittleren Fehler; x = Ground Truth, o = Vorhersage, auf dem Eingabeausschnitt des Modells.</translation>
    </message>
    <message>
        <source>#%1 %2: mean %3 IMG px (%4 original px), max %5 IMG px, %6 keypoints</source>
        <translation>#%1 %2: Mittel %3 IMG-px (%4 Original-px), max. %5 IMG-px, %6 Keypoints</translation>
    </message>
    <message>
        <source>Pose check</source>
        <translation>Posenprüfung</translation>
    </message>
    <message>
        <source>Not available: needs vertex_coordinates in the mesh and a camera block in the annotations.</source>
        <translation>Nicht verfügbar: benötigt vertex_coordinates im Mesh und einen camera-Block in den Annotationen.</translation>
    </message>
    <message>
        <source>Pose solved by PnP (SQPnP + Levenberg-Marquardt) from the predicted visible keypoints in original pixels, compared with the annotated camera pose.</source>
        <translation>Pose per PnP (SQPnP + Levenberg-Marquardt) aus den vorhergesagten sichtbaren Keypoints in Originalpixeln gelöst und mit der annotierten Kamerapose verglichen.</translation>
    </message>
    <message>
        <source>Images solved</source>
        <translation>Gelöste Bilder</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Rotation error mean / median</source>
        <translation>Rotationsfehler Mittel / Median</translation>
    </message>
    <message>
        <source>%1 / %2 deg</source>
        <translation>%1 / %2 Grad</translation>
    </message>
    <message>
        <source>Translation error mean / median</source>
        <translation>Translationsfehler Mittel / Median</translation>
    </message>
    <message>
        <source>%1 / %2 m</source>
        <translation>%1 / %2 m</translation>
    </message>
    <message>
        <source>Relative translation error mean / median</source>
        <translation>Relativer Translationsfehler Mittel / Median</translation>
    </message>
    <message>
        <source>%1 / %2 %</source>
        <translation>%1 / %2 %</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Rotation (deg)</source>
        <translation>Rotation (Grad)</translation>
    </message>
    <message>
        <source>Translation (m)</source>
        <translation>Translation (m)</translation>
    </message>
    <message>
        <source>Reprojection (px)</source>
        <translation>Rückprojektion (px)</translation>
    </message>
    <message>
        <source>not enough points</source>
        <translation>zu wenige Punkte</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Model configuration</source>
        <translation>Modellkonfiguration</translation>
    </message>
</context>
<context>
    <name>kps::ExportModelDialog</name>
    <message>
        <source>Export model</source>
        <translation>Modell exportieren</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Weights file</source>
        <translation>Gewichtsdatei</translation>
    </message>
    <message>
        <source>Weights (*.pt);;All files (*)</source>
        <translation>Gewichte (*.pt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>ONNX file</source>
        <translation>ONNX-Datei</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation>ONNX-Modelle (*.onnx)</translation>
    </message>
    <message>
        <source>Dynamic</source>
        <translation>Dynamisch</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fest</translation>
    </message>
    <message>
        <source>Heatmaps (N,K,HEAT,HEAT)</source>
        <translation>Heatmaps (N,K,HEAT,HEAT)</translation>
    </message>
    <message>
        <source>Coordinates (N,K,2), normalised</source>
        <translation>Koordinaten (N,K,2), normalisiert</translation>
    </message>
    <message>
        <source>Include the input normalisation (raw 0-255 RGB input)</source>
        <translation>Eingabenormalisierung einschließen (rohe RGB-Eingabe 0-255)</translation>
    </message>
    <message>
        <source>Weights:</source>
        <translation>Gewichte:</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Ausgabe:</translation>
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
        <translation>Ausgaben:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Choose a weights file (best.pt or last.pt).</source>
        <translation>Wählen Sie eine Gewichtsdatei (best.pt oder last.pt).</translation>
    </message>
    <message>
        <source>Choose where to write the ONNX file.</source>
        <translation>Wählen Sie, wohin die ONNX-Datei geschrieben wird.</translation>
    </message>
    <message>
        <source>The output folder %1 does not exist.</source>
        <translation>Der Ausgabeordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Choose at least one output.</source>
        <translation>Wählen Sie mindestens eine Ausgabe.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Exported and verified: %1
OpenCV DNN vs LibTorch: max |Δheatmap| %2, max |Δcoord| %3 px (IMG space).</source>
        <translation>Exportiert und geprüft: %1
OpenCV DNN gegenüber LibTorch: max. |ΔHeatmap| %2, max. |ΔKoordinate| %3 px (IMG-Raum).</translation>
    </message>
    <message>
        <source>Verification FAILED: OpenCV DNN and LibTorch disagree beyond the tolerance. The file is kept as %1 for inspection.</source>
        <translation>Prüfung FEHLGESCHLAGEN: OpenCV DNN und LibTorch weichen stärker als die Toleranz voneinander ab. Die Datei bleibt zur Untersuchung als %1 erhalten.</translation>
    </message>
</context>
<context>
    <name>kps::HeatmapEvolutionView</name>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Step through the epochs automatically</source>
        <translation>Die Epochen automatisch durchlaufen</translation>
    </message>
    <message>
        <source>Epoch whose heatmaps are shown</source>
        <translation>Epoche, deren Heatmaps angezeigt werden</translation>
    </message>
    <message>
        <source>Epoch %1 of %2</source>
        <translation>Epoche %1 von %2</translation>
    </message>
    <message>
        <source>Selected keypoint over the epochs: peak height, fitted sigma against the target&apos;s sigma, and epochs with a second peak</source>
        <translation>Ausgewählter Keypoint über die Epochen: Spitzenhöhe, angepasstes Sigma im Vergleich zum Sigma des Ziels und Epochen mit einer zweiten Spitze</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Peak height</source>
        <translation>Spitzenhöhe</translation>
    </message>
    <message>
        <source>Sigma (px)</source>
        <translation>Sigma (px)</translation>
    </message>
    <message>
        <source>Fitted sigma</source>
        <translation>Angepasstes Sigma</translation>
    </message>
    <message>
        <source>Second peak</source>
        <translation>Zweite Spitze</translation>
    </message>
    <message>
        <source>Target sigma</source>
        <translation>Ziel-Sigma</translation>
    </message>
    <message>
        <source>No snapshots</source>
        <translation>Keine Snapshots</translation>
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
        <translation>Alle Keypoints</translation>
    </message>
    <message>
        <source>One keypoint</source>
        <translation>Ein Keypoint</translation>
    </message>
    <message>
        <source>Show every keypoint&apos;s heatmap as a tile, or one keypoint large with target, prediction and difference</source>
        <translation>Die Heatmap jedes Keypoints als Kachel zeigen oder einen Keypoint groß mit Ziel, Vorhersage und Differenz</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Which map the tiles show (difference = prediction − target)</source>
        <translation>Welche Karte die Kacheln zeigen (Differenz = Vorhersage − Ziel)</translation>
    </message>
    <message>
        <source>Keypoint:</source>
        <translation>Keypoint:</translation>
    </message>
    <message>
        <source>Selected keypoint (click a tile to select it)</source>
        <translation>Ausgewählter Keypoint (zum Auswählen auf eine Kachel klicken)</translation>
    </message>
    <message>
        <source>On image</source>
        <translation>Auf dem Bild</translation>
    </message>
    <message>
        <source>Draw the heatmaps over the input image with the ground truth (x) and the prediction (o)</source>
        <translation>Die Heatmaps über das Eingabebild zeichnen, mit der Referenz (x) und der Vorhersage (o)</translation>
    </message>
    <message>
        <source>Keypoint %1: peak %2 at (%3, %4)</source>
        <translation>Keypoint %1: Spitze %2 bei (%3, %4)</translation>
    </message>
    <message>
        <source>No heatmaps</source>
        <translation>Keine Heatmaps</translation>
    </message>
    <message>
        <source>Prediction − target</source>
        <translation>Vorhersage − Ziel</translation>
    </message>
    <message>
        <source>%1 (keypoint %2)</source>
        <translation>%1 (Keypoint %2)</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Kein Ziel</translation>
    </message>
</context>
<context>
    <name>kps::ImageDeltaTableModel</name>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Mean A (px)</source>
        <translation>Mittel A (px)</translation>
    </message>
    <message>
        <source>Mean B (px)</source>
        <translation>Mittel B (px)</translation>
    </message>
    <message>
        <source>B - A (px)</source>
        <translation>B - A (px)</translation>
    </message>
    <message>
        <source>B - A (orig px)</source>
        <translation>B - A (Original-px)</translation>
    </message>
</context>
<context>
    <name>kps::ImageErrorTableModel</name>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Mean (px)</source>
        <translation>Mittel (px)</translation>
    </message>
    <message>
        <source>Max (px)</source>
        <translation>Max. (px)</translation>
    </message>
    <message>
        <source>Mean (orig px)</source>
        <translation>Mittel (Original-px)</translation>
    </message>
    <message>
        <source>kp %1</source>
        <translation>KP %1</translation>
    </message>
    <message>
        <source>Euclidean error of keypoint %1 in IMG pixels (empty: not visible)</source>
        <translation>Euklidischer Fehler von Keypoint %1 in IMG-Pixeln (leer: nicht sichtbar)</translation>
    </message>
</context>
<context>
    <name>kps::InspectComparePanel</name>
    <message>
        <source>model B: best.pt of another run, or a weights file</source>
        <translation>Modell B: best.pt eines anderen Laufs oder eine Gewichtsdatei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Run (or load) model B on the same images and compare</source>
        <translation>Modell B auf denselben Bildern ausführen (oder laden) und vergleichen</translation>
    </message>
    <message>
        <source>Choose model B</source>
        <translation>Modell B wählen</translation>
    </message>
</context>
<context>
    <name>kps::InspectController</name>
    <message>
        <source>Running the model…</source>
        <translation>Modell wird ausgeführt…</translation>
    </message>
    <message>
        <source>Loading cached results…</source>
        <translation>Zwischengespeicherte Ergebnisse werden geladen…</translation>
    </message>
    <message>
        <source>%1 of %2 images, about %3 s left</source>
        <translation>%1 von %2 Bildern, noch etwa %3 s</translation>
    </message>
    <message>
        <source>%1 of %2 images</source>
        <translation>%1 von %2 Bildern</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Inspection failed: %1</source>
        <translation>Untersuchung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was cached.</source>
        <translation>Abgebrochen; nichts wurde zwischengespeichert.</translation>
    </message>
    <message>
        <source>Inspection cancelled</source>
        <translation>Untersuchung abgebrochen</translation>
    </message>
    <message>
        <source>Running model B…</source>
        <translation>Modell B wird ausgeführt…</translation>
    </message>
    <message>
        <source>Loading model B&apos;s cached results…</source>
        <translation>Zwischengespeicherte Ergebnisse von Modell B werden geladen…</translation>
    </message>
    <message>
        <source>Model B: %1 of %2 images</source>
        <translation>Modell B: %1 von %2 Bildern</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Choose a model and a dataset first</source>
        <translation>Zuerst ein Modell und einen Datensatz wählen</translation>
    </message>
    <message>
        <source>No such model file: %1</source>
        <translation>Modelldatei nicht vorhanden: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Loaded cached results: %1 images</source>
        <translation>Zwischengespeicherte Ergebnisse geladen: %1 Bilder</translation>
    </message>
    <message>
        <source>Inspection finished: %1 images</source>
        <translation>Untersuchung abgeschlossen: %1 Bilder</translation>
    </message>
    <message>
        <source> (%1 problems)</source>
        <translation> (%1 Probleme)</translation>
    </message>
    <message>
        <source>Choose model B (a weights file) and a dataset first</source>
        <translation>Zuerst Modell B (eine Gewichtsdatei) und einen Datensatz wählen</translation>
    </message>
    <message>
        <source>Model B is ready; run model A to compare</source>
        <translation>Modell B ist bereit; zum Vergleichen Modell A ausführen</translation>
    </message>
    <message>
        <source>A: %1, B: %2; euclidean mean %3 -&gt; %4 px (B - A = %5)</source>
        <translation>A: %1, B: %2; euklidischer Mittelwert %3 -&gt; %4 px (B - A = %5)</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Verglichen</translation>
    </message>
    <message>
        <source>Predictions of %1 sent to the annotation editor</source>
        <translation>Vorhersagen für %1 an den Annotationseditor übergeben</translation>
    </message>
</context>
<context>
    <name>kps::InspectErrorsPanel</name>
    <message>
        <source>All keypoints</source>
        <translation>Alle Keypoints</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>any error</source>
        <translation>jeder Fehler</translation>
    </message>
    <message>
        <source>Only images whose error (of the chosen keypoint, or their largest) is above this, in IMG pixels</source>
        <translation>Nur Bilder, deren Fehler (des gewählten Keypoints oder ihr größter) über diesem Wert liegt, in IMG-Pixeln</translation>
    </message>
    <message>
        <source>Keypoint:</source>
        <translation>Keypoint:</translation>
    </message>
    <message>
        <source>Error above:</source>
        <translation>Fehler über:</translation>
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
        <translation>Originalbild</translation>
    </message>
    <message>
        <source>Model crop</source>
        <translation>Modellausschnitt</translation>
    </message>
    <message>
        <source>Show the original image or the model&apos;s input crop</source>
        <translation>Das Originalbild oder den Eingabeausschnitt des Modells zeigen</translation>
    </message>
    <message>
        <source>Error vectors</source>
        <translation>Fehlervektoren</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Unsicherheit</translation>
    </message>
    <message>
        <source>2-sigma ellipse of the heatmap&apos;s SoftArgMax distribution; dashed red: multi-peak</source>
        <translation>2-Sigma-Ellipse der SoftArgMax-Verteilung der Heatmap; rot gestrichelt: mehrere Spitzen</translation>
    </message>
    <message>
        <source>Heatmap overlay</source>
        <translation>Heatmap-Überlagerung</translation>
    </message>
    <message>
        <source>Overlay the selected keypoint&apos;s predicted heatmap</source>
        <translation>Die vorhergesagte Heatmap des ausgewählten Keypoints überlagern</translation>
    </message>
    <message>
        <source>Heatmap overlay opacity</source>
        <translation>Deckkraft der Heatmap-Überlagerung</translation>
    </message>
    <message>
        <source>Correct this</source>
        <translation>Korrigieren</translation>
    </message>
    <message>
        <source>Turn the predictions into an editable annotation of this image (undoable)</source>
        <translation>Die Vorhersagen in eine bearbeitbare Annotation dieses Bildes umwandeln (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Choose a model and a dataset, then Run</source>
        <translation>Ein Modell und einen Datensatz wählen, dann Ausführen</translation>
    </message>
    <message>
        <source>%1 (%2 of %3), %4 x %5</source>
        <translation>%1 (%2 von %3), %4 x %5</translation>
    </message>
    <message>
        <source>; mean error %1 px (%2 original px), max %3 px</source>
        <translation>; mittlerer Fehler %1 px (%2 Original-px), max. %3 px</translation>
    </message>
    <message>
        <source>; no ground truth</source>
        <translation>; keine Ground Truth</translation>
    </message>
    <message>
        <source>; pose: rotation error %1°, translation error %2</source>
        <translation>; Pose: Rotationsfehler %1°, Translationsfehler %2</translation>
    </message>
    <message>
        <source>; pose not solved (%1)</source>
        <translation>; Pose nicht gelöst (%1)</translation>
    </message>
</context>
<context>
    <name>kps::InspectPage</name>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Report folder</source>
        <translation>Berichtsordner</translation>
    </message>
    <message>
        <source>Report failed: %1</source>
        <translation>Bericht fehlgeschlagen: %1</translation>
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
        <translation>Statistiken</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>nothing to report: run an inspection first</source>
        <translation>nichts zu berichten: zuerst eine Untersuchung ausführen</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Bericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>Bericht geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>kps::InspectRunPanel</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>best.pt of a run, or any weights file</source>
        <translation>best.pt eines Laufs oder eine beliebige Gewichtsdatei</translation>
    </message>
    <message>
        <source>dataset folder</source>
        <translation>Datensatzordner</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Datensatz:</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>Alle Bilder</translation>
    </message>
    <message>
        <source>Validation split of the run</source>
        <translation>Validierungsanteil des Laufs</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>Bilder:</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Load the cached results, or run the model when there are none</source>
        <translation>Die zwischengespeicherten Ergebnisse laden oder das Modell ausführen, wenn keine vorhanden sind</translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Run the model again, replacing the cached results</source>
        <translation>Das Modell erneut ausführen und die zwischengespeicherten Ergebnisse ersetzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Ein Modell wählen</translation>
    </message>
    <message>
        <source>Choose a dataset</source>
        <translation>Einen Datensatz wählen</translation>
    </message>
    <message>
        <source>Weights (*.pt *.pth *.keras *.h5);;All files (*)</source>
        <translation>Gewichte (*.pt *.pth *.keras *.h5);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No split.json next to the model</source>
        <translation>Keine split.json neben dem Modell</translation>
    </message>
</context>
<context>
    <name>kps::InspectStatisticsPanel</name>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>IMG px</source>
        <translation>IMG-px</translation>
    </message>
    <message>
        <source>Original px</source>
        <translation>Original-px</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>PCK</source>
        <translation>PCK</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogramm</translation>
    </message>
    <message>
        <source>Per keypoint</source>
        <translation>Je Keypoint</translation>
    </message>
    <message>
        <source>Error vs peak</source>
        <translation>Fehler über Maximum</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Rotation error (deg)</source>
        <translation>Rotationsfehler (Grad)</translation>
    </message>
    <message>
        <source>Translation error</source>
        <translation>Translationsfehler</translation>
    </message>
    <message>
        <source>Relative (%)</source>
        <translation>Relativ (%)</translation>
    </message>
    <message>
        <source>Reprojection (px)</source>
        <translation>Rückprojektion (px)</translation>
    </message>
    <message>
        <source>Pose check</source>
        <translation>Posenprüfung</translation>
    </message>
    <message>
        <source>Visible keypoints</source>
        <translation>Sichtbare Keypoints</translation>
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
        <translation>Euklidischer Mittelwert</translation>
    </message>
    <message>
        <source>Euclidean median</source>
        <translation>Euklidischer Median</translation>
    </message>
    <message>
        <source>Euclidean P95</source>
        <translation>Euklidisches P95</translation>
    </message>
    <message>
        <source>Euclidean RMSE</source>
        <translation>Euklidischer RMSE</translation>
    </message>
    <message>
        <source>Euclidean max</source>
        <translation>Euklidisches Maximum</translation>
    </message>
    <message>
        <source>PCK@%1 px (%)</source>
        <translation>PCK@%1 px (%)</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Annotated images</source>
        <translation>Annotierte Bilder</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>original px</source>
        <translation>Original-px</translation>
    </message>
    <message>
        <source>Mean error (IMG px)</source>
        <translation>Mittlerer Fehler (IMG-px)</translation>
    </message>
    <message>
        <source>Heatmap peak</source>
        <translation>Heatmap-Maximum</translation>
    </message>
    <message>
        <source>Error (IMG px)</source>
        <translation>Fehler (IMG-px)</translation>
    </message>
    <message>
        <source>Pose check not available: it needs vertex_coordinates in the mesh and a camera block in the annotations.</source>
        <translation>Posenprüfung nicht verfügbar: Sie benötigt vertex_coordinates im Mesh und einen camera-Block in den Annotationen.</translation>
    </message>
    <message>
        <source>Pose check (PnP from predicted visible keypoints): %1 of %2 images solved; rotation error mean %3°, median %4°; translation error mean %5, median %6 (median %7 % of the distance)</source>
        <translation>Posenprüfung (PnP aus vorhergesagten sichtbaren Keypoints): %1 von %2 Bildern gelöst; Rotationsfehler Mittel %3°, Median %4°; Translationsfehler Mittel %5, Median %6 (Median %7 % der Entfernung)</translation>
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
        <translation>Keypoint %1 bei (%2, %3)</translation>
    </message>
    <message>
        <source>Keypoint %1 (not visible) at (%2, %3)</source>
        <translation>Keypoint %1 (nicht sichtbar) bei (%2, %3)</translation>
    </message>
</context>
<context>
    <name>kps::KeypointTableModel</name>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>behind camera</source>
        <translation>hinter der Kamera</translation>
    </message>
    <message>
        <source>outside view</source>
        <translation>außerhalb des Bildes</translation>
    </message>
    <message>
        <source>visible</source>
        <translation>sichtbar</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verdeckt</translation>
    </message>
    <message>
        <source>Keypoint %1 is not in the annotation: type coordinates or use Edit &gt; Place keypoint to add it.</source>
        <translation>Keypoint %1 fehlt in der Annotation: Koordinaten eingeben oder mit Bearbeiten &gt; Keypoint setzen hinzufügen.</translation>
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
        <translation>Sichtbar</translation>
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
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Recent datasets</source>
        <translation>&amp;Zuletzt geöffnete Datensätze</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Overlays</source>
        <translation>&amp;Überlagerungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Open dataset…</source>
        <translation>Datensatz &amp;öffnen…</translation>
    </message>
    <message>
        <source>Open a dataset folder in the 4SP layout</source>
        <translation>Einen Datensatzordner im 4SP-Aufbau öffnen</translation>
    </message>
    <message>
        <source>Open &amp;demo dataset</source>
        <translation>&amp;Demo-Datensatz öffnen</translation>
    </message>
    <message>
        <source>Open the built-in synthetic spacecraft dataset (generated on first use)</source>
        <translation>Den eingebauten synthetischen Raumfahrzeug-Datensatz öffnen (wird beim ersten Mal erzeugt)</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Keypoint Studio</source>
        <translation>Ü&amp;ber Keypoint Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Open dataset</source>
        <translation>Datensatz öffnen</translation>
    </message>
    <message>
        <source>&amp;%1 %2  (%3)</source>
        <translation>&amp;%1 %2  (%3)</translation>
    </message>
    <message>
        <source>Pane&amp;ls</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;New synthetic dataset…</source>
        <translation>&amp;Neuer synthetischer Datensatz…</translation>
    </message>
    <message>
        <source>Render a synthetic spacecraft dataset and open it</source>
        <translation>Einen synthetischen Raumfahrzeug-Datensatz rendern und öffnen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Mouse: drag a keypoint to move it; drag the image to pan; wheel to zoom.</source>
        <translation>Maus: Keypoint ziehen, um ihn zu verschieben; Bild ziehen zum Verschieben der Ansicht; Mausrad zum Zoomen.</translation>
    </message>
    <message>
        <source>Open training run</source>
        <translation>Trainingslauf öffnen</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>Modi</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Browse and annotate the dataset (Ctrl+1)</source>
        <translation>Den Datensatz durchsehen und annotieren (Strg+1)</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>Train a model and watch it learn (Ctrl+2)</source>
        <translation>Ein Modell trainieren und beim Lernen zusehen (Strg+2)</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Untersuchen</translation>
    </message>
    <message>
        <source>Run a model over the dataset: errors, heatmaps, statistics, reports (Ctrl+3)</source>
        <translation>Ein Modell auf den Datensatz anwenden: Fehler, Heatmaps, Statistiken, Berichte (Strg+3)</translation>
    </message>
    <message>
        <source>Open training &amp;run…</source>
        <translation>Trainings&amp;lauf öffnen…</translation>
    </message>
    <message>
        <source>Show a run directory&apos;s curves and heatmaps; follow it live while it trains</source>
        <translation>Kurven und Heatmaps eines Laufverzeichnisses zeigen; das Training live verfolgen, solange es läuft</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Language of the user interface</source>
        <translation>Sprache der Benutzeroberfläche</translation>
    </message>
    <message>
        <source>User &amp;guide (README)</source>
        <translation>Benutzer&amp;handbuch (README)</translation>
    </message>
    <message>
        <source>Open the README shipped with Keypoint Studio</source>
        <translation>Die mit Keypoint Studio ausgelieferte README öffnen</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>Training läuft</translation>
    </message>
    <message>
        <source>Stop training and quit? The run stops after the current batch and can be resumed later (Train &gt; Resume run).</source>
        <translation>Training stoppen und beenden? Der Lauf stoppt nach dem aktuellen Batch und kann später fortgesetzt werden (Trainieren &gt; Lauf fortsetzen).</translation>
    </message>
    <message>
        <source>&amp;Export model…</source>
        <translation>Modell &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write the model as ONNX and verify it with OpenCV DNN against LibTorch</source>
        <translation>Das Modell als ONNX schreiben und mit OpenCV DNN gegen LibTorch prüfen</translation>
    </message>
    <message>
        <source>Exported and verified %1</source>
        <translation>%1 exportiert und geprüft</translation>
    </message>
    <message>
        <source>ONNX export failed; see the Export model dialog</source>
        <translation>ONNX-Export fehlgeschlagen; siehe den Dialog „Modell exportieren“</translation>
    </message>
</context>
<context>
    <name>kps::MaterialModeCombo</name>
    <message>
        <source>Fixed (every face keeps its colour)</source>
        <translation>Fest (jede Fläche behält ihre Farbe)</translation>
    </message>
    <message>
        <source>Random (new colours in every image)</source>
        <translation>Zufällig (neue Farben in jedem Bild)</translation>
    </message>
    <message>
        <source>Fixed gives the spacecraft one livery, as a real one has, so a model can tell its faces (and symmetric corners) apart by colour. Random draws every face&apos;s colour anew for each image.</source>
        <translation>Fest gibt dem Raumfahrzeug eine Lackierung, wie ein echtes sie hat, sodass ein Modell seine Flächen (und symmetrische Ecken) an der Farbe unterscheiden kann. Zufällig zieht die Farbe jeder Fläche für jedes Bild neu.</translation>
    </message>
</context>
<context>
    <name>kps::MetricDeltaTableModel</name>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
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
        <translation>Keypoint %1 nach (%2, %3) verschieben</translation>
    </message>
</context>
<context>
    <name>kps::NewDatasetDialog</name>
    <message>
        <source>New synthetic dataset</source>
        <translation>Neuer synthetischer Datensatz</translation>
    </message>
    <message>
        <source>Built-in spacecraft</source>
        <translation>Eingebautes Raumfahrzeug</translation>
    </message>
    <message>
        <source>From file (mesh_information.json or .obj)</source>
        <translation>Aus Datei (mesh_information.json oder .obj)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Occlusion (ray test against every face)</source>
        <translation>Verdeckung (Strahltest gegen jede Fläche)</translation>
    </message>
    <message>
        <source>4SP (faces turned toward the camera)</source>
        <translation>4SP (der Kamera zugewandte Flächen)</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>&amp;Bilder:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Startwert:</translation>
    </message>
    <message>
        <source>&amp;Mesh:</source>
        <translation>&amp;Netz:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Auflösung:</translation>
    </message>
    <message>
        <source>&amp;Visibility rule:</source>
        <translation>Sichtbarkeits&amp;regel:</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>Ausgabe&amp;ordner:</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>Mesh file</source>
        <translation>Netzdatei</translation>
    </message>
    <message>
        <source>Meshes (*.json *.obj);;All files (*)</source>
        <translation>Netze (*.json *.obj);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation>Einen Ausgabeordner wählen.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>The output folder must be new or empty.</source>
        <translation>Der Ausgabeordner muss neu oder leer sein.</translation>
    </message>
    <message>
        <source>Choose a mesh file.</source>
        <translation>Eine Netzdatei wählen.</translation>
    </message>
    <message numerus="yes">
        <source>Rendering %n image(s)…</source>
        <translation>
            <numerusform>%n Bild wird gerendert…</numerusform>
            <numerusform>%n Bilder werden gerendert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) written.</source>
        <translation>
            <numerusform>%n Bild geschrieben.</numerusform>
            <numerusform>%n Bilder geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The dataset could not be created: %1</source>
        <translation>Der Datensatz konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept.</source>
        <translation>Abgebrochen; nichts wurde behalten.</translation>
    </message>
    <message>
        <source>M&amp;aterials:</source>
        <translation>&amp;Materialien:</translation>
    </message>
</context>
<context>
    <name>kps::OnnxExportJob</name>
    <message>
        <source>Writing the ONNX graph…</source>
        <translation>ONNX-Graph wird geschrieben…</translation>
    </message>
    <message>
        <source>Verifying with OpenCV DNN against LibTorch…</source>
        <translation>Prüfung mit OpenCV DNN gegen LibTorch…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Loading the weights…</source>
        <translation>Gewichte werden geladen…</translation>
    </message>
</context>
<context>
    <name>kps::PckCurvePlot</name>
    <message>
        <source>Correct keypoints (%)</source>
        <translation>Korrekte Keypoints (%)</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>Threshold (%1)</source>
        <translation>Schwelle (%1)</translation>
    </message>
</context>
<context>
    <name>kps::PlaceKeypointCommand</name>
    <message>
        <source>Place keypoint %1 at (%2, %3)</source>
        <translation>Keypoint %1 bei (%2, %3) setzen</translation>
    </message>
</context>
<context>
    <name>kps::PredictionKeypointTableModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>The heatmap has a second peak: SoftArgMax averages the two and may land between them.</source>
        <translation>Die Heatmap hat eine zweite Spitze: SoftArgMax mittelt beide und kann zwischen ihnen landen.</translation>
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
        <translation>Vorh. x</translation>
    </message>
    <message>
        <source>Pred y</source>
        <translation>Vorh. y</translation>
    </message>
    <message>
        <source>Error (px)</source>
        <translation>Fehler (px)</translation>
    </message>
    <message>
        <source>Error (orig px)</source>
        <translation>Fehler (Original-px)</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Streuung</translation>
    </message>
    <message>
        <source>Multi-peak</source>
        <translation>Mehrere Spitzen</translation>
    </message>
</context>
<context>
    <name>kps::PredictionOverlay</name>
    <message>
        <source>Keypoint %1 prediction, peak %2</source>
        <translation>Vorhersage für Keypoint %1, Maximum %2</translation>
    </message>
    <message>
        <source>Keypoint %1: multi-peak heatmap</source>
        <translation>Keypoint %1: Heatmap mit mehreren Spitzen</translation>
    </message>
    <message>
        <source>Keypoint %1: 2-sigma uncertainty</source>
        <translation>Keypoint %1: 2-Sigma-Unsicherheit</translation>
    </message>
</context>
<context>
    <name>kps::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language changes at once; --lang on the command line overrides it.</source>
        <translation>Die Sprache wechselt sofort; --lang auf der Kommandozeile hat Vorrang.</translation>
    </message>
    <message>
        <source>The language changes at the next start; --lang on the command line overrides it.</source>
        <translation>Die Sprache wechselt beim nächsten Start; --lang auf der Kommandozeile hat Vorrang.</translation>
    </message>
</context>
<context>
    <name>kps::ProblemTableModel</name>
    <message>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
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
        <translation>Epoche %1: Verlust %2 (focal %3, L1 %4), Val. %5, PCK@2 %6 %, PCK@5 %7 %, Fehler %8 px, LR %9</translation>
    </message>
    <message>
        <source>  (best)</source>
        <translation>  (beste)</translation>
    </message>
    <message>
        <source>run started on %1: epochs %2-%3</source>
        <translation>Lauf gestartet auf %1: Epochen %2-%3</translation>
    </message>
    <message>
        <source>stopped in epoch %1 after batch %2</source>
        <translation>in Epoche %1 nach Batch %2 gestoppt</translation>
    </message>
    <message>
        <source>finished %1 epochs</source>
        <translation>%1 Epochen abgeschlossen</translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>Fortsetzung</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>%1 on %2 (%3 threads, %10): %4 training / %5 validation images, %6 keypoints, batch %7, epochs %8-%9</source>
        <translation>%1 auf %2 (%3 Threads, %10): %4 Trainings- / %5 Validierungsbilder, %6 Keypoints, Batch %7, Epochen %8-%9</translation>
    </message>
    <message>
        <source>bf16 mixed precision</source>
        <translation>bf16-Mischpräzision</translation>
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
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>No image for this annotation</source>
        <translation>Kein Bild zu dieser Annotation</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Bild: %1</translation>
    </message>
    <message>
        <source>Size: %1 x %2 px</source>
        <translation>Größe: %1 x %2 px</translation>
    </message>
    <message numerus="yes">
        <source>%n visible keypoint(s), %1 inside the model crop</source>
        <translation>
            <numerusform>%n sichtbarer Keypoint, %1 im Modellausschnitt</numerusform>
            <numerusform>%n sichtbare Keypoints, %1 im Modellausschnitt</numerusform>
        </translation>
    </message>
    <message>
        <source>Not annotated</source>
        <translation>Nicht annotiert</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): see the Problems panel</source>
        <translation>
            <numerusform>%n Problem: siehe den Bereich Probleme</numerusform>
            <numerusform>%n Probleme: siehe den Bereich Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Annotated</source>
        <translation>Annotiert</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Sichtbar</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>File name without extension (the stem pairs image and annotation)</source>
        <translation>Dateiname ohne Endung (er verbindet Bild und Annotation)</translation>
    </message>
    <message>
        <source>Whether a valid annotation JSON exists for the image</source>
        <translation>Ob es zu dem Bild eine gültige Annotations-JSON gibt</translation>
    </message>
    <message>
        <source>Keypoints listed as visible in the annotation</source>
        <translation>In der Annotation als sichtbar aufgeführte Keypoints</translation>
    </message>
    <message>
        <source>Warnings and errors found for this sample&apos;s files</source>
        <translation>Für die Dateien dieses Beispiels gefundene Warnungen und Fehler</translation>
    </message>
</context>
<context>
    <name>kps::SamplesPanel</name>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s) shown</source>
        <translation>
            <numerusform>%1 von %n Bild angezeigt</numerusform>
            <numerusform>%1 von %n Bildern angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation>Nach Name filtern…</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>Alle Bilder</translation>
    </message>
    <message>
        <source>Annotated</source>
        <translation>Annotiert</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>Nicht annotiert</translation>
    </message>
    <message>
        <source>With problems</source>
        <translation>Mit Problemen</translation>
    </message>
</context>
<context>
    <name>kps::ScreenshotTour</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: not ready after %2 s</source>
        <translation>%1: nach %2 s nicht bereit</translation>
    </message>
    <message>
        <source>%1: cannot write the screenshot</source>
        <translation>%1: Bildschirmfoto kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>kps::SetKeypointVisibilityCommand</name>
    <message>
        <source>Mark keypoint %1 visible</source>
        <translation>Keypoint %1 als sichtbar markieren</translation>
    </message>
    <message>
        <source>Mark keypoint %1 not visible</source>
        <translation>Keypoint %1 als nicht sichtbar markieren</translation>
    </message>
</context>
<context>
    <name>kps::SyntheticDatasetJob</name>
    <message>
        <source>Unknown visibility rule &quot;%1&quot;</source>
        <translation>Unbekannte Sichtbarkeitsregel „%1“</translation>
    </message>
    <message>
        <source>Unknown material mode &quot;%1&quot;</source>
        <translation>Unbekannter Materialmodus „%1“</translation>
    </message>
</context>
<context>
    <name>kps::TrainPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Steuerung</translation>
    </message>
    <message>
        <source>Heatmap evolution</source>
        <translation>Heatmap-Entwicklung</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start a new run with these settings in the run folder.</source>
        <translation>Einen neuen Lauf mit diesen Einstellungen im Laufordner starten.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause after the current batch; click again to continue.</source>
        <translation>Nach dem aktuellen Batch pausieren; zum Fortfahren erneut klicken.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop after the current batch. The run stays resumable (Resume run…).</source>
        <translation>Nach dem aktuellen Batch stoppen. Der Lauf bleibt fortsetzbar (Lauf fortsetzen…).</translation>
    </message>
    <message>
        <source>Resume run…</source>
        <translation>Lauf fortsetzen…</translation>
    </message>
    <message>
        <source>Continue a stopped run, or train a finished one further.</source>
        <translation>Einen gestoppten Lauf fortsetzen oder einen abgeschlossenen weiter trainieren.</translation>
    </message>
    <message>
        <source>Open run…</source>
        <translation>Lauf öffnen…</translation>
    </message>
    <message>
        <source>Show a run&apos;s curves and heatmap evolution (e.g. one trained with kpstudio on a server); a run still being written is followed live.</source>
        <translation>Kurven und Heatmap-Entwicklung eines Laufs zeigen (z. B. eines mit kpstudio auf einem Server trainierten); ein Lauf, der noch geschrieben wird, wird live verfolgt.</translation>
    </message>
    <message>
        <source>Epoch %v / %m</source>
        <translation>Epoche %v / %m</translation>
    </message>
    <message>
        <source>Batch %v / %m</source>
        <translation>Batch %v / %m</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>Beispiel:</translation>
    </message>
    <message>
        <source>The run&apos;s fixed snapshot images (validation samples).</source>
        <translation>Die festen Snapshot-Bilder des Laufs (Validierungsbeispiele).</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Start nicht möglich: %1</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>Lauf: %1</translation>
    </message>
    <message>
        <source>Open training run</source>
        <translation>Trainingslauf öffnen</translation>
    </message>
    <message>
        <source>Resume training run</source>
        <translation>Trainingslauf fortsetzen</translation>
    </message>
    <message>
        <source>Epochs of the main phase (raise it to train a finished run further):</source>
        <translation>Epochen der Hauptphase (erhöhen, um einen abgeschlossenen Lauf weiter zu trainieren):</translation>
    </message>
    <message>
        <source>ETA %1 · %2 img/s · loss %3</source>
        <translation>Restzeit %1 · %2 img/s · Verlust %3</translation>
    </message>
    <message>
        <source>%1 (sample %2)</source>
        <translation>%1 (Beispiel %2)</translation>
    </message>
    <message>
        <source>A run with several processes cannot pause: Stop keeps it resumable, with any number of processes.</source>
        <translation>Ein Lauf mit mehreren Prozessen kann nicht pausieren: Stopp hält ihn fortsetzbar, mit beliebig vielen Prozessen.</translation>
    </message>
</context>
<context>
    <name>kps::TrainingConfigForm</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>Rezept</translation>
    </message>
    <message>
        <source>cpu-fast (fastest on a CPU)</source>
        <translation>cpu-fast (am schnellsten auf einer CPU)</translation>
    </message>
    <message>
        <source>seed (the seed&apos;s train_vis.py)</source>
        <translation>seed (train_vis.py der Vorlage)</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Ausgehend von:</translation>
    </message>
    <message>
        <source>Fills every field below with a recipe: cpu-fast is the fastest recipe of the training study on a 2-core CPU; seed is exactly the seed&apos;s (ResNet-50, batch 128, plateau schedule), the GPU default. Fields changed afterwards are kept in the run&apos;s config.</source>
        <translation>Füllt alle Felder darunter mit einem Rezept: cpu-fast ist das schnellste Rezept der Trainingsstudie auf einer CPU mit 2 Kernen; seed ist genau das der Vorlage (ResNet-50, Batch 128, Plateau-Zeitplan), die Vorgabe für GPUs. Danach geänderte Felder landen in der Konfiguration des Laufs.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>New synthetic images every epoch</source>
        <translation>Neue synthetische Bilder in jeder Epoche</translation>
    </message>
    <message>
        <source>Synthetic data:</source>
        <translation>Synthetische Daten:</translation>
    </message>
    <message>
        <source>Train on an endless stream of generated images of the built-in spacecraft, rendered at the model&apos;s input size, instead of a dataset folder; validation uses a fixed generated set that goes through the full preprocessing.</source>
        <translation>Trainiert statt mit einem Datensatzordner mit einem endlosen Strom erzeugter Bilder des eingebauten Raumfahrzeugs, direkt in der Eingabegröße des Modells gerendert; die Validierung nutzt eine feste erzeugte Menge, die die ganze Vorverarbeitung durchläuft.</translation>
    </message>
    <message>
        <source>Images per epoch:</source>
        <translation>Bilder pro Epoche:</translation>
    </message>
    <message>
        <source>Synthetic training images rendered for each epoch.</source>
        <translation>Synthetische Trainingsbilder, die für jede Epoche gerendert werden.</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Datensatz:</translation>
    </message>
    <message>
        <source>Dataset folder</source>
        <translation>Datensatzordner</translation>
    </message>
    <message>
        <source>Dataset folder in the 4SP layout (Rendered_Images, JSON_Data_REF, Object_Information).</source>
        <translation>Datensatzordner im 4SP-Aufbau (Rendered_Images, JSON_Data_REF, Object_Information).</translation>
    </message>
    <message>
        <source>Run folder:</source>
        <translation>Laufordner:</translation>
    </message>
    <message>
        <source>New run folder</source>
        <translation>Neuer Laufordner</translation>
    </message>
    <message>
        <source>Folder the new run is written to (config.json, training_log.csv, events.jsonl, weights, snapshots). It must not hold a run already.</source>
        <translation>Ordner, in den der neue Lauf geschrieben wird (config.json, training_log.csv, events.jsonl, Gewichte, Snapshots). Er darf noch keinen Lauf enthalten.</translation>
    </message>
    <message>
        <source>Validation split:</source>
        <translation>Validierungsanteil:</translation>
    </message>
    <message>
        <source>Fraction of the annotated images held out for validation (split by the seed, kept on resume).</source>
        <translation>Anteil der annotierten Bilder, der für die Validierung zurückgehalten wird (Aufteilung nach dem Startwert, bleibt beim Fortsetzen erhalten).</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <source>Random seed for the split, the initial weights, shuffling and augmentation: the same seed reproduces a run.</source>
        <translation>Zufallsstartwert für Aufteilung, Anfangsgewichte, Mischen und Augmentierung: derselbe Startwert reproduziert einen Lauf.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Voreinstellung:</translation>
    </message>
    <message>
        <source>seed: ResNet-50 with the seed&apos;s wide decoder (GPU); small: ResNet-18 with a narrow decoder (CPU); tiny: for quick tests.</source>
        <translation>seed: ResNet-50 mit dem breiten Decoder von seed (GPU); small: ResNet-18 mit schmalem Decoder (CPU); tiny: für schnelle Tests.</translation>
    </message>
    <message>
        <source>Backbone:</source>
        <translation>Backbone:</translation>
    </message>
    <message>
        <source>ResNet encoder. A backbone other than the preset&apos;s makes a custom model with the preset&apos;s decoder.</source>
        <translation>ResNet-Encoder. Ein anderes Backbone als das der Voreinstellung ergibt ein eigenes Modell mit dem Decoder der Voreinstellung.</translation>
    </message>
    <message>
        <source>none (random initialisation)</source>
        <translation>keine (zufällige Initialisierung)</translation>
    </message>
    <message>
        <source>Pretrained weights:</source>
        <translation>Vortrainierte Gewichte:</translation>
    </message>
    <message>
        <source>ImageNet backbone weights</source>
        <translation>ImageNet-Gewichte für das Backbone</translation>
    </message>
    <message>
        <source>ImageNet weights (*.pth *.pt *.h5);;All files (*)</source>
        <translation>ImageNet-Gewichte (*.pth *.pt *.h5);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>torchvision ImageNet weights (.pth) of the chosen ResNet, or Keras ResNet50 weights (.h5) for resnet50_keras, for the backbone; empty = random init.</source>
        <translation>torchvision-ImageNet-Gewichte (.pth) des gewählten ResNet oder Keras-ResNet50-Gewichte (.h5) für resnet50_keras, für das Backbone; leer = zufällige Initialisierung.</translation>
    </message>
    <message>
        <source>Auto (frozen with pretrained weights)</source>
        <translation>Auto (eingefroren bei vortrainierten Gewichten)</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Eingefroren</translation>
    </message>
    <message>
        <source>Trainable</source>
        <translation>Trainierbar</translation>
    </message>
    <message>
        <source>Backbone in main phase:</source>
        <translation>Backbone in der Hauptphase:</translation>
    </message>
    <message>
        <source>Whether the main phase trains the backbone. Freezing random features cripples a model, so Auto freezes only imported ImageNet weights.</source>
        <translation>Ob die Hauptphase das Backbone trainiert. Eingefrorene zufällige Merkmale lähmen ein Modell, daher friert Auto nur importierte ImageNet-Gewichte ein.</translation>
    </message>
    <message>
        <source>Input size (IMG):</source>
        <translation>Eingabegröße (IMG):</translation>
    </message>
    <message>
        <source>Network input side in pixels; a multiple of 32.</source>
        <translation>Seitenlänge der Netzeingabe in Pixeln; ein Vielfaches von 32.</translation>
    </message>
    <message>
        <source>Heatmap size (HEAT):</source>
        <translation>Heatmap-Größe (HEAT):</translation>
    </message>
    <message>
        <source>Side of the predicted heatmaps in pixels.</source>
        <translation>Seitenlänge der vorhergesagten Heatmaps in Pixeln.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>Epochen:</translation>
    </message>
    <message>
        <source>Epochs of the main phase.</source>
        <translation>Epochen der Hauptphase.</translation>
    </message>
    <message>
        <source>Device default</source>
        <translation>Gerätestandard</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>Batchgröße:</translation>
    </message>
    <message>
        <source>Images per batch; Device default = 128 on a GPU, 32 on the CPU.</source>
        <translation>Bilder pro Batch; Gerätestandard = 128 auf einer GPU, 32 auf der CPU.</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>Lernrate:</translation>
    </message>
    <message>
        <source>Adam learning rate of the main phase, e.g. 5e-4. Reduced on plateaus of the validation loss.</source>
        <translation>Adam-Lernrate der Hauptphase, z. B. 5e-4. Wird auf Plateaus des Validierungsverlusts verringert.</translation>
    </message>
    <message>
        <source>Fine-tune the whole network afterwards</source>
        <translation>Anschließend das ganze Netz feinabstimmen</translation>
    </message>
    <message>
        <source>Fine-tune:</source>
        <translation>Feinabstimmung:</translation>
    </message>
    <message>
        <source>A second phase with the backbone unfrozen and a small learning rate.</source>
        <translation>Eine zweite Phase mit freigegebenem Backbone und kleiner Lernrate.</translation>
    </message>
    <message>
        <source>Fine-tune epochs:</source>
        <translation>Epochen der Feinabstimmung:</translation>
    </message>
    <message>
        <source>Epochs of the fine-tune phase.</source>
        <translation>Epochen der Feinabstimmungsphase.</translation>
    </message>
    <message>
        <source>Fine-tune learning rate:</source>
        <translation>Lernrate der Feinabstimmung:</translation>
    </message>
    <message>
        <source>Learning rate of the fine-tune phase, e.g. 2e-6.</source>
        <translation>Lernrate der Feinabstimmungsphase, z. B. 2e-6.</translation>
    </message>
    <message>
        <source>Reduce on plateau</source>
        <translation>Bei Plateau senken</translation>
    </message>
    <message>
        <source>Warm-up + cosine</source>
        <translation>Aufwärmen + Kosinus</translation>
    </message>
    <message>
        <source>LR schedule:</source>
        <translation>Lernraten-Zeitplan:</translation>
    </message>
    <message>
        <source>Reduce on plateau: the seed&apos;s (factor 0.8 after 10 epochs without validation-loss gain). Warm-up + cosine: a linear warm-up, then a cosine decay over the planned epochs.</source>
        <translation>Bei Plateau senken: der Zeitplan der Vorlage (Faktor 0,8 nach 10 Epochen ohne Gewinn beim Validierungsverlust). Aufwärmen + Kosinus: lineares Aufwärmen, dann ein Kosinus-Abfall über die geplanten Epochen.</translation>
    </message>
    <message>
        <source>Warm-up epochs:</source>
        <translation>Aufwärm-Epochen:</translation>
    </message>
    <message>
        <source>Epochs of linear learning-rate warm-up (cosine schedule).</source>
        <translation>Epochen mit linearem Anstieg der Lernrate (Kosinus-Zeitplan).</translation>
    </message>
    <message>
        <source>Lowest mean error</source>
        <translation>Kleinster mittlerer Fehler</translation>
    </message>
    <message>
        <source>Lowest validation loss</source>
        <translation>Kleinster Validierungsverlust</translation>
    </message>
    <message>
        <source>Highest PCK@2 (128-px)</source>
        <translation>Höchster PCK@2 (128 px)</translation>
    </message>
    <message>
        <source>Highest PCK@5 (128-px)</source>
        <translation>Höchster PCK@5 (128 px)</translation>
    </message>
    <message>
        <source>Best checkpoint:</source>
        <translation>Bester Checkpoint:</translation>
    </message>
    <message>
        <source>Which validation number picks best.pt. The validation loss (the seed&apos;s choice) rises again while the coordinates keep improving, so the mean error is the default.</source>
        <translation>Welche Validierungszahl best.pt bestimmt. Der Validierungsverlust (die Wahl der Vorlage) steigt wieder, während die Koordinaten noch besser werden; daher ist der mittlere Fehler die Vorgabe.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Early stopping:</source>
        <translation>Frühzeitiges Beenden:</translation>
    </message>
    <message>
        <source>End a phase after this many epochs without validation-loss improvement; Off = never.</source>
        <translation>Eine Phase nach so vielen Epochen ohne Verbesserung des Validierungsverlusts beenden; Aus = nie.</translation>
    </message>
    <message>
        <source>Loss and BatchNorm</source>
        <translation>Verlust und BatchNorm</translation>
    </message>
    <message>
        <source>Seed: -log p_t</source>
        <translation>Vorlage: -log p_t</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>Binäre Kreuzentropie</translation>
    </message>
    <message>
        <source>Focal loss form:</source>
        <translation>Form des Focal Loss:</translation>
    </message>
    <message>
        <source>Both weigh pixels by alpha_t (1 - p_t)^2. Seed: times -log p_t (the seed&apos;s loss); binary cross-entropy: times the BCE of the soft Gaussian target (Keras&apos;s focal loss).</source>
        <translation>Beide gewichten Pixel mit alpha_t (1 - p_t)^2. Vorlage: mal -log p_t (der Verlust der Vorlage); binäre Kreuzentropie: mal die BCE des weichen Gauß-Ziels (der Focal Loss von Keras).</translation>
    </message>
    <message>
        <source>Decoder BN momentum:</source>
        <translation>BN-Momentum des Decoders:</translation>
    </message>
    <message>
        <source>Weight of each new batch in the decoder&apos;s BatchNorm running statistics (PyTorch convention). The seed&apos;s Keras default 0.01 lags far behind weights that move fast.</source>
        <translation>Gewicht jedes neuen Batches in den laufenden BatchNorm-Statistiken des Decoders (PyTorch-Konvention). Die Keras-Vorgabe 0,01 der Vorlage hinkt schnell wandernden Gewichten weit hinterher.</translation>
    </message>
    <message>
        <source>BN recalibration:</source>
        <translation>BN-Neukalibrierung:</translation>
    </message>
    <message>
        <source>Before each validation, re-estimate the BatchNorm statistics on this many training batches.</source>
        <translation>Vor jeder Validierung die BatchNorm-Statistiken auf so vielen Trainings-Batches neu schätzen.</translation>
    </message>
    <message>
        <source>Augmentation (photometric)</source>
        <translation>Augmentierung (photometrisch)</translation>
    </message>
    <message>
        <source>Blur probability:</source>
        <translation>Unschärfe-Wahrscheinlichkeit:</translation>
    </message>
    <message>
        <source>Chance per image of a Gaussian blur; 0 = never.</source>
        <translation>Wahrscheinlichkeit je Bild für eine Gaußsche Unschärfe; 0 = nie.</translation>
    </message>
    <message>
        <source>Blur max sigma:</source>
        <translation>Maximales Unschärfe-Sigma:</translation>
    </message>
    <message>
        <source>The blur&apos;s sigma is drawn in [0.3, max] input pixels.</source>
        <translation>Das Sigma der Unschärfe wird aus [0.3, max] Eingabepixeln gezogen.</translation>
    </message>
    <message>
        <source>Darkening probability:</source>
        <translation>Abdunklungs-Wahrscheinlichkeit:</translation>
    </message>
    <message>
        <source>Chance per image of a brightness reduction; 0 = never.</source>
        <translation>Wahrscheinlichkeit je Bild für eine Verringerung der Helligkeit; 0 = nie.</translation>
    </message>
    <message>
        <source>Brightness min factor:</source>
        <translation>Minimaler Helligkeitsfaktor:</translation>
    </message>
    <message>
        <source>Pixel values are scaled by a factor in [min, max].</source>
        <translation>Pixelwerte werden mit einem Faktor aus [min, max] skaliert.</translation>
    </message>
    <message>
        <source>Brightness max factor:</source>
        <translation>Maximaler Helligkeitsfaktor:</translation>
    </message>
    <message>
        <source>Upper end of the brightness factor (at most 1).</source>
        <translation>Obergrenze des Helligkeitsfaktors (höchstens 1).</translation>
    </message>
    <message>
        <source>Hardware and output</source>
        <translation>Hardware und Ausgabe</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>Auto uses the first GPU when there is one, else the CPU.</source>
        <translation>Auto verwendet die erste GPU, falls vorhanden, sonst die CPU.</translation>
    </message>
    <message>
        <source>All cores but one</source>
        <translation>Alle Kerne bis auf einen</translation>
    </message>
    <message>
        <source>CPU threads:</source>
        <translation>CPU-Threads:</translation>
    </message>
    <message>
        <source>Threads of the training on the CPU. One core stays free by default so the window stays responsive.</source>
        <translation>Threads des Trainings auf der CPU. Standardmäßig bleibt ein Kern frei, damit das Fenster reaktionsfähig bleibt.</translation>
    </message>
    <message>
        <source>Processes:</source>
        <translation>Prozesse:</translation>
    </message>
    <message>
        <source>Data-parallel ranks (kpstudio train --nproc): more than one trains in separate processes that split each batch and average their gradients, one per GPU or CPU processes sharing the cores. The page follows the run; Stop stops every process.</source>
        <translation>Datenparallele Ränge (kpstudio train --nproc): Bei mehr als einem trainieren getrennte Prozesse, die jeden Batch aufteilen und ihre Gradienten mitteln – einer pro GPU oder CPU-Prozesse, die sich die Kerne teilen. Die Seite verfolgt den Lauf; Stopp hält jeden Prozess an.</translation>
    </message>
    <message>
        <source>e.g. 0,1 (one process per GPU)</source>
        <translation>z. B. 0,1 (ein Prozess pro GPU)</translation>
    </message>
    <message>
        <source>GPUs:</source>
        <translation>GPUs:</translation>
    </message>
    <message>
        <source>CUDA devices to train on, one process each (CUDA_VISIBLE_DEVICES); empty = the device above with the number of processes.</source>
        <translation>CUDA-Geräte für das Training, je ein Prozess (CUDA_VISIBLE_DEVICES); leer = das Gerät oben mit der Zahl der Prozesse.</translation>
    </message>
    <message>
        <source>Snapshot samples:</source>
        <translation>Snapshot-Beispiele:</translation>
    </message>
    <message>
        <source>Fixed validation images whose heatmaps are saved for the heatmap evolution view.</source>
        <translation>Feste Validierungsbilder, deren Heatmaps für die Ansicht der Heatmap-Entwicklung gespeichert werden.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Snapshot every:</source>
        <translation>Snapshot alle:</translation>
    </message>
    <message>
        <source>Epochs between heatmap snapshots.</source>
        <translation>Epochen zwischen Heatmap-Snapshots.</translation>
    </message>
    <message>
        <source>default (~/.cache/keypoint-studio)</source>
        <translation>Standard (~/.cache/keypoint-studio)</translation>
    </message>
    <message>
        <source>Image cache:</source>
        <translation>Bild-Cache:</translation>
    </message>
    <message>
        <source>Folder of the preprocessed-image cache shared by runs.</source>
        <translation>Ordner des von den Läufen gemeinsam genutzten Caches für vorverarbeitete Bilder.</translation>
    </message>
    <message>
        <source>Save config…</source>
        <translation>Konfiguration speichern…</translation>
    </message>
    <message>
        <source>Write these settings to a JSON file (the format of a run&apos;s config.json).</source>
        <translation>Diese Einstellungen in eine JSON-Datei schreiben (im Format der config.json eines Laufs).</translation>
    </message>
    <message>
        <source>Load config…</source>
        <translation>Konfiguration laden…</translation>
    </message>
    <message>
        <source>Fill the form from a JSON config, e.g. a run&apos;s config.json.</source>
        <translation>Das Formular aus einer JSON-Konfiguration füllen, z. B. der config.json eines Laufs.</translation>
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
        <translation>GPUs werden gesucht…</translation>
    </message>
    <message>
        <source> (free %1 GiB)</source>
        <translation> (%1 GiB frei)</translation>
    </message>
    <message>
        <source>No GPU found — training runs on the CPU</source>
        <translation>Keine GPU gefunden — das Training läuft auf der CPU</translation>
    </message>
    <message>
        <source>Save training config</source>
        <translation>Trainingskonfiguration speichern</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Load training config</source>
        <translation>Trainingskonfiguration laden</translation>
    </message>
    <message>
        <source>Dataset: choose the dataset folder.</source>
        <translation>Datensatz: den Datensatzordner wählen.</translation>
    </message>
    <message>
        <source>Pretrained weights: %1 is not a file.</source>
        <translation>Vortrainierte Gewichte: %1 ist keine Datei.</translation>
    </message>
    <message>
        <source>Learning rate: enter a number such as 5e-4.</source>
        <translation>Lernrate: eine Zahl wie 5e-4 eingeben.</translation>
    </message>
    <message>
        <source>Fine-tune learning rate: enter a number such as 2e-6.</source>
        <translation>Lernrate der Feinabstimmung: eine Zahl wie 2e-6 eingeben.</translation>
    </message>
    <message>
        <source>Seed: enter a whole number &gt;= 0.</source>
        <translation>Startwert: eine ganze Zahl &gt;= 0 eingeben.</translation>
    </message>
    <message>
        <source>Config not saved: %1</source>
        <translation>Konfiguration nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Config saved to %1</source>
        <translation>Konfiguration in %1 gespeichert</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Config loaded from %1</source>
        <translation>Konfiguration aus %1 geladen</translation>
    </message>
    <message>
        <source>Materials:</source>
        <translation>Materialien:</translation>
    </message>
    <message>
        <source>Float32</source>
        <translation>Float32</translation>
    </message>
    <message>
        <source>bf16 mixed (CPU)</source>
        <translation>bf16 gemischt (CPU)</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>Präzision:</translation>
    </message>
    <message>
        <source>bf16 mixed runs the convolutions of the large feature maps in bfloat16 on the CPU and the rest in float32: 1.28x the training speed on a CPU with AMX (docs/training_study.md). Auto uses it where the CPU has native bf16 (AVX512-BF16 or AMX) and float32 elsewhere. The seed trains in float32.</source>
        <translation>bf16 gemischt rechnet die Faltungen der großen Merkmalskarten auf der CPU in bfloat16 und den Rest in float32: 1,28-fache Trainingsgeschwindigkeit auf einer CPU mit AMX (docs/training_study.md). Auto nutzt es, wo die CPU natives bf16 hat (AVX512-BF16 oder AMX), sonst float32. Der Seed trainiert in float32.</translation>
    </message>
    <message>
        <source>Precision: bf16 mixed runs on the CPU only; choose Auto or Float32 for a GPU.</source>
        <translation>Präzision: bf16 gemischt läuft nur auf der CPU; wählen Sie für eine GPU Auto oder Float32.</translation>
    </message>
</context>
<context>
    <name>kps::TrainingController</name>
    <message>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Cannot start: choose a run folder.</source>
        <translation>Start nicht möglich: einen Laufordner wählen.</translation>
    </message>
    <message>
        <source>Cannot start: %1 already holds a run; resume it (Resume run…) or choose another folder.</source>
        <translation>Start nicht möglich: %1 enthält bereits einen Lauf; ihn fortsetzen (Lauf fortsetzen…) oder einen anderen Ordner wählen.</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Start nicht möglich: %1</translation>
    </message>
    <message>
        <source>new run in %1 on %2, %3 processes</source>
        <translation>neuer Lauf in %1 auf %2, %3 Prozesse</translation>
    </message>
    <message>
        <source>new run in %1 on %2</source>
        <translation>neuer Lauf in %1 auf %2</translation>
    </message>
    <message>
        <source>%1 is not a training run (no config.json).</source>
        <translation>%1 ist kein Trainingslauf (keine config.json).</translation>
    </message>
    <message>
        <source>Cannot resume: %1</source>
        <translation>Fortsetzen nicht möglich: %1</translation>
    </message>
    <message>
        <source>resuming %1 with %2 processes</source>
        <translation>%1 wird mit %2 Prozessen fortgesetzt</translation>
    </message>
    <message>
        <source>Reading the run&apos;s history…</source>
        <translation>Verlauf des Laufs wird gelesen…</translation>
    </message>
    <message>
        <source>resuming %1</source>
        <translation>%1 wird fortgesetzt</translation>
    </message>
    <message>
        <source>Preparing data…</source>
        <translation>Daten werden vorbereitet…</translation>
    </message>
    <message>
        <source>Stop the training before opening another run.</source>
        <translation>Vor dem Öffnen eines anderen Laufs das Training stoppen.</translation>
    </message>
    <message>
        <source>Reading the run…</source>
        <translation>Lauf wird gelesen…</translation>
    </message>
    <message>
        <source>Paused (after the current batch)</source>
        <translation>Pausiert (nach dem aktuellen Batch)</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>continued</source>
        <translation>fortgesetzt</translation>
    </message>
    <message>
        <source>Stopping every process after the current batch…</source>
        <translation>Alle Prozesse werden nach dem aktuellen Batch angehalten…</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Stoppt nach dem aktuellen Batch…</translation>
    </message>
    <message>
        <source>stop requested</source>
        <translation>Stopp angefordert</translation>
    </message>
    <message>
        <source>Scanning the dataset %1/%2…</source>
        <translation>Datensatz wird eingelesen %1/%2…</translation>
    </message>
    <message>
        <source>Scanning the dataset…</source>
        <translation>Datensatz wird eingelesen…</translation>
    </message>
    <message>
        <source>Caching images %1/%2…</source>
        <translation>Bilder werden zwischengespeichert %1/%2…</translation>
    </message>
    <message>
        <source>Caching images…</source>
        <translation>Bilder werden zwischengespeichert…</translation>
    </message>
    <message>
        <source>Reading the keypoint labels %1/%2…</source>
        <translation>Keypoint-Beschriftungen werden gelesen %1/%2…</translation>
    </message>
    <message>
        <source>Reading the keypoint labels…</source>
        <translation>Keypoint-Beschriftungen werden gelesen…</translation>
    </message>
    <message>
        <source>Loading the arrays…</source>
        <translation>Arrays werden geladen…</translation>
    </message>
    <message>
        <source>Rendering synthetic images %1/%2…</source>
        <translation>Synthetische Bilder werden gerendert %1/%2…</translation>
    </message>
    <message>
        <source>Rendering synthetic images…</source>
        <translation>Synthetische Bilder werden gerendert…</translation>
    </message>
    <message>
        <source>Building the model…</source>
        <translation>Modell wird aufgebaut…</translation>
    </message>
    <message>
        <source>First batch…</source>
        <translation>Erster Batch…</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>Validierung…</translation>
    </message>
    <message>
        <source>Writing weights and snapshots…</source>
        <translation>Gewichte und Snapshots werden geschrieben…</translation>
    </message>
    <message>
        <source>Fine-tuning the whole network…</source>
        <translation>Das ganze Netz wird feinjustiert…</translation>
    </message>
    <message>
        <source>finished %1 epochs</source>
        <translation>%1 Epochen abgeschlossen</translation>
    </message>
    <message>
        <source>Training epoch %1 of %2</source>
        <translation>Training: Epoche %1 von %2</translation>
    </message>
    <message>
        <source> (%1 s)</source>
        <translation> (%1 s)</translation>
    </message>
    <message>
        <source>Stopped in epoch %1 after batch %2; the run can be resumed (Resume run…).</source>
        <translation>In Epoche %1 nach Batch %2 gestoppt; der Lauf kann fortgesetzt werden (Lauf fortsetzen…).</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Finished: %1; best epoch %2 (validation loss %3).</source>
        <translation>Abgeschlossen: %1; beste Epoche %2 (Validierungsverlust %3).</translation>
    </message>
    <message>
        <source>opened run %1: %2 epochs, %3 snapshots</source>
        <translation>Lauf %1 geöffnet: %2 Epochen, %3 Snapshots</translation>
    </message>
    <message>
        <source>Following the run live (it is still being written)…</source>
        <translation>Lauf wird live verfolgt (er wird noch geschrieben)…</translation>
    </message>
    <message>
        <source>Cannot open run %1: %2</source>
        <translation>Lauf %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Run finished: %1</source>
        <translation>Lauf abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Run stopped (%1); it can be resumed.</source>
        <translation>Lauf gestoppt (%1); er kann fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Run failed: %1</source>
        <translation>Lauf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Run loaded.</source>
        <translation>Lauf geladen.</translation>
    </message>
    <message>
        <source>all processes finished</source>
        <translation>alle Prozesse beendet</translation>
    </message>
    <message>
        <source>all processes stopped; the run can be resumed with any number of processes</source>
        <translation>alle Prozesse angehalten; der Lauf kann mit beliebig vielen Prozessen fortgesetzt werden</translation>
    </message>
</context>
<context>
    <name>kps::TrainingCurvesPlot</name>
    <message>
        <source>Batch loss</source>
        <translation>Batch-Verlust</translation>
    </message>
    <message>
        <source>Show the loss of every logged batch and its smoothed curve</source>
        <translation>Den Verlust jedes protokollierten Batches und seine geglättete Kurve zeigen</translation>
    </message>
    <message>
        <source>Smoothing:</source>
        <translation>Glättung:</translation>
    </message>
    <message>
        <source>Exponential moving average factor for the batch loss (0 = no smoothing)</source>
        <translation>Faktor des exponentiellen gleitenden Mittels für den Batch-Verlust (0 = keine Glättung)</translation>
    </message>
    <message>
        <source>Focal / L1 parts</source>
        <translation>Fokal- / L1-Anteile</translation>
    </message>
    <message>
        <source>Show the focal and L1 parts of the train and validation loss</source>
        <translation>Die Fokal- und L1-Anteile des Trainings- und Validierungsverlusts zeigen</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Logarithmische Skala</translation>
    </message>
    <message>
        <source>Logarithmic loss axis</source>
        <translation>Logarithmische Verlustachse</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show all data and follow new points again (drag to pan, wheel to zoom)</source>
        <translation>Alle Daten zeigen und neuen Punkten wieder folgen (Ziehen zum Verschieben, Mausrad zum Zoomen)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the curves as a PNG or PDF figure</source>
        <translation>Die Kurven als PNG- oder PDF-Abbildung speichern</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>PCK (%)</source>
        <translation>PCK (%)</translation>
    </message>
    <message>
        <source>Mean error (px)</source>
        <translation>Mittlerer Fehler (px)</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Batch loss (smoothed)</source>
        <translation>Batch-Verlust (geglättet)</translation>
    </message>
    <message>
        <source>Train loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>Train focal</source>
        <translation>Fokal (Training)</translation>
    </message>
    <message>
        <source>Validation focal</source>
        <translation>Fokal (Validierung)</translation>
    </message>
    <message>
        <source>Train L1 (×5)</source>
        <translation>L1 (Training, ×5)</translation>
    </message>
    <message>
        <source>Validation L1 (×5)</source>
        <translation>L1 (Validierung, ×5)</translation>
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
        <translation>beste: Epoche %1</translation>
    </message>
    <message>
        <source>Training curves</source>
        <translation>Trainingskurven</translation>
    </message>
    <message>
        <source>Export training curves</source>
        <translation>Trainingskurven exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>%1: could not be written</source>
        <translation>%1: konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>kps::TrainingProcess</name>
    <message>
        <source>a training runs already</source>
        <translation>es läuft bereits ein Training</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
    <message>
        <source>kpstudio train crashed</source>
        <translation>kpstudio train ist abgestürzt</translation>
    </message>
    <message>
        <source>%1: cannot start: %2</source>
        <translation>%1: Start nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>kps::cli</name>
    <message>
        <source>Measures, in one run: generator images/s, decode-only and decode + preprocess images/s of 1920x1080 PNGs on all cores, their ratio, and cache bytes per sample.</source>
        <translation>Misst in einem Durchlauf: Bilder/s des Generators, Bilder/s für reines Dekodieren und für Dekodieren + Vorverarbeiten von 1920x1080-PNGs auf allen Kernen, deren Verhältnis sowie Cache-Bytes pro Beispiel.</translation>
    </message>
    <message>
        <source>Number of 1920x1080 images to render and read (default 48).</source>
        <translation>Anzahl der zu rendernden und zu lesenden 1920x1080-Bilder (Standard 48).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Threads (default: all cores).</source>
        <translation>Threads (Standard: alle Kerne).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Print one JSON object instead of a table.</source>
        <translation>Ein JSON-Objekt statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>kpstudio bench data: --images must be a positive integer</source>
        <translation>kpstudio bench data: --images muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>kpstudio bench data: cannot create a temporary folder</source>
        <translation>kpstudio bench data: temporärer Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Data pipeline benchmark: %1 images of 1920x1080, %2 threads</source>
        <translation>Benchmark der Datenpipeline: %1 Bilder mit 1920x1080, %2 Threads</translation>
    </message>
    <message>
        <source>generator (render + PNG + JSON)</source>
        <translation>Generator (Rendern + PNG + JSON)</translation>
    </message>
    <message>
        <source>decode only</source>
        <translation>nur Dekodieren</translation>
    </message>
    <message>
        <source>decode + letterbox/crop/resize</source>
        <translation>Dekod. + Letterbox/Zuschnitt/Skalierung</translation>
    </message>
    <message>
        <source>ratio (decode+preprocess / decode)</source>
        <translation>Verhältnis (Dekod.+Vorverarb. / Dekod.)</translation>
    </message>
    <message>
        <source>cache fill (decode + preprocess + write)</source>
        <translation>Cache füllen (Dekod.+Vorverarb.+Ablage)</translation>
    </message>
    <message>
        <source>cache hit (read crops from disk)</source>
        <translation>Cache-Treffer (Zuschnitte von Platte)</translation>
    </message>
    <message>
        <source>cache per sample</source>
        <translation>Cache pro Beispiel</translation>
    </message>
    <message>
        <source>expected an integer from %1 to %2, got &apos;%3&apos;</source>
        <translation>ganze Zahl von %1 bis %2 erwartet, erhalten: &apos;%3&apos;</translation>
    </message>
    <message>
        <source>expected a positive number, got &apos;%1&apos;</source>
        <translation>positive Zahl erwartet, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Render a synthetic spacecraft dataset (Rendered_Images/, JSON_Data_REF/, Object_Information/) with random poses, lighting and stars.</source>
        <translation>Rendert einen synthetischen Raumfahrzeug-Datensatz (Rendered_Images/, JSON_Data_REF/, Object_Information/) mit zufälligen Posen, Beleuchtung und Sternen.</translation>
    </message>
    <message>
        <source>Dataset folder to write (created if needed).</source>
        <translation>Zu schreibender Datensatzordner (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <source>Number of images.</source>
        <translation>Anzahl der Bilder.</translation>
    </message>
    <message>
        <source>Random seed (default 0): same arguments, same files.</source>
        <translation>Zufallsstartwert (Standard 0): gleiche Argumente, gleiche Dateien.</translation>
    </message>
    <message>
        <source>Mesh to render: mesh_information.json with vertex_coordinates, or .obj (default: the built-in Tango-like spacecraft).</source>
        <translation>Zu renderndes Netz: mesh_information.json mit vertex_coordinates oder .obj (Standard: das eingebaute Tango-ähnliche Raumfahrzeug).</translation>
    </message>
    <message>
        <source>Image width in pixels (default 1920).</source>
        <translation>Bildbreite in Pixeln (Standard 1920).</translation>
    </message>
    <message>
        <source>Image height in pixels (default 1080).</source>
        <translation>Bildhöhe in Pixeln (Standard 1080).</translation>
    </message>
    <message>
        <source>Visibility rule: occlusion (default; exact ray test) or 4sp (vertices of camera-facing faces).</source>
        <translation>Sichtbarkeitsregel: occlusion (Standard; exakter Strahltest) oder 4sp (Eckpunkte der zur Kamera gewandten Flächen).</translation>
    </message>
    <message>
        <source>Worker threads (default: all cores); the files do not depend on it.</source>
        <translation>Worker-Threads (Standard: alle Kerne); die Dateien hängen nicht davon ab.</translation>
    </message>
    <message>
        <source>Anti-aliasing samples per pixel side (default 3).</source>
        <translation>Anti-Aliasing-Abtastwerte je Pixelseite (Standard 3).</translation>
    </message>
    <message>
        <source>Lens focal length in mm (default 50).</source>
        <translation>Brennweite des Objektivs in mm (Standard 50).</translation>
    </message>
    <message>
        <source>Sensor width in mm (default 36).</source>
        <translation>Sensorbreite in mm (Standard 36).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>--out DIR ist erforderlich</translation>
    </message>
    <message>
        <source>--count N is required</source>
        <translation>--count N ist erforderlich</translation>
    </message>
    <message>
        <source>expected &apos;occlusion&apos; or &apos;4sp&apos;, got &apos;%1&apos;</source>
        <translation>&apos;occlusion&apos; oder &apos;4sp&apos; erwartet, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Dataset %1</source>
        <translation>Datensatz %1</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Annotated</source>
        <translation>Annotiert</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>Nicht annotiert</translation>
    </message>
    <message>
        <source>Invalid annotations</source>
        <translation>Ungültige Annotationen</translation>
    </message>
    <message>
        <source>Annotations without image</source>
        <translation>Annotationen ohne Bild</translation>
    </message>
    <message>
        <source>Trainable samples</source>
        <translation>Trainierbare Beispiele</translation>
    </message>
    <message>
        <source>Keypoints (K)</source>
        <translation>Keypoints (K)</translation>
    </message>
    <message>
        <source>%1 (mesh &quot;%2&quot;)</source>
        <translation>%1 (Netz „%2“)</translation>
    </message>
    <message>
        <source>%1 (from the annotations, no mesh)</source>
        <translation>%1 (aus den Annotationen, kein Netz)</translation>
    </message>
    <message>
        <source>Visible keypoints</source>
        <translation>Sichtbare Keypoints</translation>
    </message>
    <message>
        <source>... inside the model crop</source>
        <translation>... im Modellzuschnitt</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Vertex</source>
        <translation>Vertex</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Sichtbar</translation>
    </message>
    <message>
        <source>of annotated</source>
        <translation>von annot.</translation>
    </message>
    <message>
        <source>Problems: %1 errors, %2 warnings, %3 unlabelled/info</source>
        <translation>Probleme: %1 Fehler, %2 Warnungen, %3 nicht annotiert/Info</translation>
    </message>
    <message>
        <source>... and %1 more unlabelled images</source>
        <translation>... und %1 weitere nicht annotierte Bilder</translation>
    </message>
    <message>
        <source>Summarise a 4SP dataset (Rendered_Images, JSON_Data_REF, Object_Information) and list its problems.</source>
        <translation>Fasst einen 4SP-Datensatz (Rendered_Images, JSON_Data_REF, Object_Information) zusammen und listet seine Probleme auf.</translation>
    </message>
    <message>
        <source>Dataset folder</source>
        <translation>Datensatzordner</translation>
    </message>
    <message>
        <source>Print one JSON object on stdout</source>
        <translation>Ein JSON-Objekt auf stdout ausgeben</translation>
    </message>
    <message>
        <source>Worker threads (0 = all cores)</source>
        <translation>Worker-Threads (0 = alle Kerne)</translation>
    </message>
    <message>
        <source>expected one DATASET folder (kpstudio info --help)</source>
        <translation>genau ein DATASET-Ordner erwartet (kpstudio info --help)</translation>
    </message>
    <message>
        <source>--threads: expected a non-negative integer</source>
        <translation>--threads: nicht negative ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>no readable images found</source>
        <translation>keine lesbaren Bilder gefunden</translation>
    </message>
    <message>
        <source>Measures the Images panel&apos;s models on N in-memory samples: set, natural sort, filters, stem lookup, one screen of rows, and bytes per row.</source>
        <translation>Misst die Modelle des Bereichs Bilder mit N Beispielen im Speicher: Setzen, natürliche Sortierung, Filter, Stem-Suche, eine Bildschirmseite an Zeilen und Bytes pro Zeile.</translation>
    </message>
    <message>
        <source>Number of samples (default 100000).</source>
        <translation>Anzahl der Beispiele (Standard 100000).</translation>
    </message>
    <message>
        <source>kpstudio bench browser: --images must be a positive integer</source>
        <translation>kpstudio bench browser: --images muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>Training throughput with the real data pipeline vs. pre-made tensors (their ratio shows whether compute waits for data; goal &gt;= 0.97), and inference latency / throughput.</source>
        <translation>Trainingsdurchsatz mit der echten Datenpipeline im Vergleich zu vorgefertigten Tensoren (ihr Verhältnis zeigt, ob die Berechnung auf Daten wartet; Ziel &gt;= 0.97) sowie Latenz / Durchsatz der Inferenz.</translation>
    </message>
    <message>
        <source>Model preset (default: seed on a GPU, small on the CPU).</source>
        <translation>Modellvoreinstellung (Standard: seed auf einer GPU, small auf der CPU).</translation>
    </message>
    <message>
        <source>Batch size (default 128 on a GPU, 32 on the CPU).</source>
        <translation>Batchgröße (Standard 128 auf einer GPU, 32 auf der CPU).</translation>
    </message>
    <message>
        <source>auto, cpu, cuda or cuda:N (default auto).</source>
        <translation>auto, cpu, cuda oder cuda:N (Standard auto).</translation>
    </message>
    <message>
        <source>Keypoints K (default 11).</source>
        <translation>Keypoints K (Standard 11).</translation>
    </message>
    <message>
        <source>Seconds per measurement (default 10 on a GPU, 6 on the CPU).</source>
        <translation>Sekunden pro Messung (Standard 10 auf einer GPU, 6 auf der CPU).</translation>
    </message>
    <message>
        <source>CPU threads (default: all cores).</source>
        <translation>CPU-Threads (Standard: alle Kerne).</translation>
    </message>
    <message>
        <source>--keypoints: expected a positive integer</source>
        <translation>--keypoints: positive ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>--batch: expected a positive integer</source>
        <translation>--batch: positive ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>--seconds: expected a positive number</source>
        <translation>--seconds: positive Zahl erwartet</translation>
    </message>
    <message>
        <source>--threads: expected a positive integer</source>
        <translation>--threads: positive ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>Output folder (default ./kpstudio-demo).</source>
        <translation>Ausgabeordner (Standard ./kpstudio-demo).</translation>
    </message>
    <message>
        <source>Training time budget in minutes (default 3).</source>
        <translation>Zeitbudget für das Training in Minuten (Standard 3).</translation>
    </message>
    <message>
        <source>auto, cpu, cuda or cuda:N (default cpu).</source>
        <translation>auto, cpu, cuda oder cuda:N (Standard cpu).</translation>
    </message>
    <message>
        <source>--minutes: expected a positive number</source>
        <translation>--minutes: positive Zahl erwartet</translation>
    </message>
    <message>
        <source>rendering %1 training images into %2</source>
        <translation>%1 Trainingsbilder werden nach %2 gerendert</translation>
    </message>
    <message>
        <source>no epoch finished within the time budget</source>
        <translation>keine Epoche innerhalb des Zeitbudgets abgeschlossen</translation>
    </message>
    <message>
        <source>--%1: expected a number &gt;= %2, got &quot;%3&quot;</source>
        <translation>--%1: Zahl &gt;= %2 erwartet, erhalten: „%3“</translation>
    </message>
    <message>
        <source>Train a keypoint model into a run directory (config.json, training_log.csv, events.jsonl, best.pt, last.pt, snapshots/).</source>
        <translation>Trainiert ein Keypoint-Modell in ein Laufverzeichnis (config.json, training_log.csv, events.jsonl, best.pt, last.pt, snapshots/).</translation>
    </message>
    <message>
        <source>Run directory to create (or to resume with --resume).</source>
        <translation>Anzulegendes Laufverzeichnis (oder mit --resume fortzusetzendes).</translation>
    </message>
    <message>
        <source>Continue a stopped run in --run (same split, log appended).</source>
        <translation>Einen gestoppten Lauf in --run fortsetzen (gleiche Aufteilung, Protokoll wird angehängt).</translation>
    </message>
    <message>
        <source>auto (frozen with --pretrained), frozen or trainable.</source>
        <translation>auto (frozen mit --pretrained), frozen oder trainable.</translation>
    </message>
    <message>
        <source>Network input side IMG (multiple of 32; default 128).</source>
        <translation>Seitenlänge IMG der Netzeingabe (Vielfaches von 32; Standard 128).</translation>
    </message>
    <message>
        <source>Heatmap side HEAT (default 64).</source>
        <translation>Seitenlänge HEAT der Heatmaps (Standard 64).</translation>
    </message>
    <message>
        <source>Epochs of a second phase with the backbone unfrozen (default 0 = none).</source>
        <translation>Epochen einer zweiten Phase mit freigegebenem Backbone (Standard 0 = keine).</translation>
    </message>
    <message>
        <source>Learning rate of the fine-tune phase (default 2e-6).</source>
        <translation>Lernrate der Feinabstimmungsphase (Standard 2e-6).</translation>
    </message>
    <message>
        <source>Stop a phase after N epochs without val-loss improvement (0 = off).</source>
        <translation>Eine Phase nach N Epochen ohne Verbesserung des Validierungsverlusts beenden (0 = aus).</translation>
    </message>
    <message>
        <source>Random seed (split, init, shuffling, augmentation; default 42).</source>
        <translation>Zufallsstartwert (Aufteilung, Initialisierung, Mischen, Augmentierung; Standard 42).</translation>
    </message>
    <message>
        <source>CPU threads for training (default: all cores).</source>
        <translation>CPU-Threads für das Training (Standard: alle Kerne).</translation>
    </message>
    <message>
        <source>Validation images in each heatmap snapshot (default 4).</source>
        <translation>Validierungsbilder in jedem Heatmap-Snapshot (Standard 4).</translation>
    </message>
    <message>
        <source>Preprocessed-image cache folder (default ~/.cache/keypoint-studio).</source>
        <translation>Cache-Ordner für vorverarbeitete Bilder (Standard ~/.cache/keypoint-studio).</translation>
    </message>
    <message>
        <source>Print only one line per epoch.</source>
        <translation>Nur eine Zeile pro Epoche ausgeben.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--run DIR is required</source>
        <translation>--run DIR ist erforderlich</translation>
    </message>
    <message>
        <source>kpstudio train: --%1 is ignored with --resume (the run&apos;s config.json is used)</source>
        <translation>kpstudio train: --%1 wird mit --resume ignoriert (die config.json des Laufs wird verwendet)</translation>
    </message>
    <message>
        <source>run directory: %1</source>
        <translation>Laufverzeichnis: %1</translation>
    </message>
    <message>
        <source>resume with: kpstudio train --run %1 --resume</source>
        <translation>fortsetzen mit: kpstudio train --run %1 --resume</translation>
    </message>
    <message>
        <source>Train a model on an endless stream of synthetic images for a time budget (the cpu-fast recipe by default) and evaluate it on a held-out generated set.</source>
        <translation>Ein Modell für ein Zeitbudget mit einem endlosen Strom synthetischer Bilder trainieren (standardmäßig mit dem Rezept cpu-fast) und auf einer zurückgehaltenen erzeugten Menge auswerten.</translation>
    </message>
    <message>
        <source>Training recipe: cpu-fast (default) or seed.</source>
        <translation>Trainingsrezept: cpu-fast (Vorgabe) oder seed.</translation>
    </message>
    <message>
        <source>Model preset: tiny, small or seed (default: the recipe&apos;s).</source>
        <translation>Modellvorgabe: tiny, small oder seed (Vorgabe: die des Rezepts).</translation>
    </message>
    <message>
        <source>Training images: 0 = new synthetic images every epoch (default); N = one fixed rendered set of N images.</source>
        <translation>Trainingsbilder: 0 = neue synthetische Bilder in jeder Epoche (Vorgabe); N = eine feste gerenderte Menge von N Bildern.</translation>
    </message>
    <message>
        <source>Held-out test images to render (default 500).</source>
        <translation>Zu rendernde zurückgehaltene Testbilder (Vorgabe 500).</translation>
    </message>
    <message>
        <source>Synthetic training images per epoch (default: the recipe&apos;s).</source>
        <translation>Synthetische Trainingsbilder pro Epoche (Vorgabe: die des Rezepts).</translation>
    </message>
    <message>
        <source>--images: expected 0 or a number &gt;= 20</source>
        <translation>--images: 0 oder eine Zahl &gt;= 20 erwartet</translation>
    </message>
    <message>
        <source>--test-images: expected a number &gt;= 10</source>
        <translation>--test-images: eine Zahl &gt;= 10 erwartet</translation>
    </message>
    <message>
        <source>--epoch-images: expected a number &gt;= 16</source>
        <translation>--epoch-images: eine Zahl &gt;= 16 erwartet</translation>
    </message>
    <message>
        <source>rendering %1 held-out test images into %2</source>
        <translation>rendere %1 zurückgehaltene Testbilder nach %2</translation>
    </message>
    <message>
        <source>recipe %1: %2 epochs of %3 images (about %4 s each) in %5 minutes</source>
        <translation>Rezept %1: %2 Epochen mit %3 Bildern (je etwa %4 s) in %5 Minuten</translation>
    </message>
    <message>
        <source>%1 epochs, best epoch %2 (by %3); run directory %4</source>
        <translation>%1 Epochen, beste Epoche %2 (nach %3); Laufordner %4</translation>
    </message>
    <message>
        <source>held-out test set, %1 images, %2 visible keypoints, in 128-px space: PCK@2 %3%  PCK@5 %4%  mean error %5 px</source>
        <translation>zurückgehaltene Testmenge, %1 Bilder, %2 sichtbare Keypoints, im 128-px-Raum: PCK@2 %3%  PCK@5 %4%  mittlerer Fehler %5 px</translation>
    </message>
    <message>
        <source>evaluation summary: %1</source>
        <translation>Auswertungszusammenfassung: %1</translation>
    </message>
    <message>
        <source>Training run directories.</source>
        <translation>Ordner von Trainingsläufen.</translation>
    </message>
    <message>
        <source>Column of training_log.csv: %1 (default val_pck5_128px).</source>
        <translation>Spalte von training_log.csv: %1 (Vorgabe val_pck5_128px).</translation>
    </message>
    <message>
        <source>Horizontal axis: minutes (training wall-clock, default), images (training images seen, in thousands) or epochs.</source>
        <translation>Horizontale Achse: minutes (Laufzeit des Trainings, Vorgabe), images (gesehene Trainingsbilder, in Tausend) oder epochs.</translation>
    </message>
    <message>
        <source>Comma-separated legend names, one per run (default: the folder names).</source>
        <translation>Kommagetrennte Legendennamen, einer pro Lauf (Vorgabe: die Ordnernamen).</translation>
    </message>
    <message>
        <source>Plot title.</source>
        <translation>Titel des Diagramms.</translation>
    </message>
    <message>
        <source>PNG file to write (optional).</source>
        <translation>Zu schreibende PNG-Datei (optional).</translation>
    </message>
    <message>
        <source>Picture size WIDTHxHEIGHT (default 900x500).</source>
        <translation>Bildgröße BREITExHÖHE (Vorgabe 900x500).</translation>
    </message>
    <message>
        <source>name at least one run directory</source>
        <translation>mindestens einen Laufordner angeben</translation>
    </message>
    <message>
        <source>--metric: expected one of %1</source>
        <translation>--metric: eines von %1 erwartet</translation>
    </message>
    <message>
        <source>--x: expected minutes, images or epochs</source>
        <translation>--x: minutes, images oder epochs erwartet</translation>
    </message>
    <message>
        <source>--labels: %1 names for %2 runs</source>
        <translation>--labels: %1 Namen für %2 Läufe</translation>
    </message>
    <message>
        <source>--size: expected WIDTHxHEIGHT of at least 100x100</source>
        <translation>--size: BREITExHÖHE von mindestens 100x100 erwartet</translation>
    </message>
    <message>
        <source>Training wall-clock (minutes)</source>
        <translation>Laufzeit des Trainings (Minuten)</translation>
    </message>
    <message>
        <source>Training images seen (thousands)</source>
        <translation>Gesehene Trainingsbilder (Tausend)</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>%1: no finished epoch in training_log.csv</source>
        <translation>%1: keine abgeschlossene Epoche in training_log.csv</translation>
    </message>
    <message>
        <source>%1: cannot write the picture</source>
        <translation>%1: das Bild kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Dataset folder (4SP layout), or synthetic:builtin / synthetic:MESH.json for an endless stream of generated images.</source>
        <translation>Datensatzordner (4SP-Layout) oder synthetic:builtin / synthetic:MESH.json für einen endlosen Strom erzeugter Bilder.</translation>
    </message>
    <message>
        <source>Training recipe: seed (the seed&apos;s train_vis.py; GPU default) or cpu-fast (CPU default).</source>
        <translation>Trainingsrezept: seed (train_vis.py der Vorlage; Vorgabe auf GPUs) oder cpu-fast (Vorgabe auf der CPU).</translation>
    </message>
    <message>
        <source>Model preset: seed, small, tiny (default: the recipe&apos;s).</source>
        <translation>Modellvorgabe: seed, small, tiny (Vorgabe: die des Rezepts).</translation>
    </message>
    <message>
        <source>Epochs of the main phase (default: the recipe&apos;s; with --resume: raise it).</source>
        <translation>Epochen der Hauptphase (Vorgabe: die des Rezepts; mit --resume: erhöhen).</translation>
    </message>
    <message>
        <source>Batch size (default: the recipe&apos;s).</source>
        <translation>Batchgröße (Vorgabe: die des Rezepts).</translation>
    </message>
    <message>
        <source>Learning rate (peak rate with warmup_cosine; default: the recipe&apos;s).</source>
        <translation>Lernrate (Spitzenwert bei warmup_cosine; Vorgabe: die des Rezepts).</translation>
    </message>
    <message>
        <source>Learning-rate schedule: plateau or warmup_cosine.</source>
        <translation>Zeitplan der Lernrate: plateau oder warmup_cosine.</translation>
    </message>
    <message>
        <source>Warm-up epochs of warmup_cosine.</source>
        <translation>Aufwärm-Epochen von warmup_cosine.</translation>
    </message>
    <message>
        <source>Heatmap focal loss form: seed or bce.</source>
        <translation>Form des Focal Loss auf den Heatmaps: seed oder bce.</translation>
    </message>
    <message>
        <source>best.pt criterion: mean_error, val_loss or pck@N (N in 128-px pixels).</source>
        <translation>Kriterium für best.pt: mean_error, val_loss oder pck@N (N in Pixeln bei 128 px).</translation>
    </message>
    <message>
        <source>Decoder BatchNorm momentum (PyTorch convention; the seed&apos;s Keras default is 0.01).</source>
        <translation>BatchNorm-Momentum des Decoders (PyTorch-Konvention; die Keras-Vorgabe der Vorlage ist 0,01).</translation>
    </message>
    <message>
        <source>Re-estimate BatchNorm statistics on N training batches before each validation (0 = off).</source>
        <translation>BatchNorm-Statistiken vor jeder Validierung auf N Trainings-Batches neu schätzen (0 = aus).</translation>
    </message>
    <message>
        <source>Synthetic data: training images per epoch.</source>
        <translation>Synthetische Daten: Trainingsbilder pro Epoche.</translation>
    </message>
    <message>
        <source>Synthetic data: validation images.</source>
        <translation>Synthetische Daten: Validierungsbilder.</translation>
    </message>
    <message>
        <source>Synthetic data: the same training images every epoch instead of new ones.</source>
        <translation>Synthetische Daten: in jeder Epoche dieselben Trainingsbilder statt neuer.</translation>
    </message>
    <message>
        <source>Plot one validation metric of several training runs against wall-clock minutes, images seen or epochs (PNG) and print each run&apos;s numbers.</source>
        <translation>Eine Validierungsmetrik mehrerer Trainingsläufe über Minuten Laufzeit, gesehene Bilder oder Epochen zeichnen (PNG) und die Zahlen jedes Laufs ausgeben.</translation>
    </message>
    <message>
        <source>Usage: kpstudio bench data|train|browser|export [OPTIONS]  (kpstudio bench train --help)</source>
        <translation>Aufruf: kpstudio bench data|train|browser|export [OPTIONEN]  (kpstudio bench train --help)</translation>
    </message>
    <message>
        <source>Write the seed&apos;s training arrays from a dataset: X_data.npy (float32 N x 128 x 128 x 3, BGR minus the caffe means) and Y_data.npz (heatmaps N x 64 x 64 x K, coords N x 2K). Rows follow the sorted image names that have an annotation.</source>
        <translation>Schreibt die Trainings-Arrays des Seeds aus einem Datensatz: X_data.npy (float32 N x 128 x 128 x 3, BGR minus der Caffe-Mittelwerte) und Y_data.npz (heatmaps N x 64 x 64 x K, coords N x 2K). Die Zeilen folgen den sortierten Bildnamen, die eine Annotation haben.</translation>
    </message>
    <message>
        <source>Folder to write (created if needed).</source>
        <translation>Zu schreibender Ordner (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <source>expected one DATASET folder (kpstudio export-arrays --help)</source>
        <translation>genau ein DATASET-Ordner erwartet (kpstudio export-arrays --help)</translation>
    </message>
    <message>
        <source>Wrote %1 rows, K = %2 (%3): %4, %5</source>
        <translation>%1 Zeilen geschrieben, K = %2 (%3): %4, %5</translation>
    </message>
    <message>
        <source>from the annotations</source>
        <translation>aus den Annotationen</translation>
    </message>
    <message>
        <source>Mesh file</source>
        <translation>Mesh-Datei</translation>
    </message>
    <message>
        <source>Mesh edges</source>
        <translation>Mesh-Kanten</translation>
    </message>
    <message>
        <source>Other mesh files (unused)</source>
        <translation>Weitere Mesh-Dateien (nicht verwendet)</translation>
    </message>
    <message>
        <source>Train on the seed&apos;s arrays instead (X_data.npy, Y_data.npz in DIR).</source>
        <translation>Stattdessen auf den Arrays des Seeds trainieren (X_data.npy, Y_data.npz in DIR).</translation>
    </message>
    <message>
        <source>ImageNet weights for the backbone: torchvision ResNet (.pth) or Keras ResNet50 (.h5).</source>
        <translation>ImageNet-Gewichte für das Backbone: torchvision-ResNet (.pth) oder Keras-ResNet50 (.h5).</translation>
    </message>
    <message>
        <source>Weight of the coordinate L1 loss (the seed&apos;s: 5).</source>
        <translation>Gewicht des L1-Verlusts der Koordinaten (Vorlage: 5).</translation>
    </message>
    <message>
        <source>Initial heatmap value of a fresh model (0 = off).</source>
        <translation>Anfangswert der Heatmaps eines neuen Modells (0 = aus).</translation>
    </message>
    <message>
        <source>--data and --arrays exclude each other</source>
        <translation>--data und --arrays schließen einander aus</translation>
    </message>
    <message>
        <source>the rank processes did not finish</source>
        <translation>die Rang-Prozesse wurden nicht beendet</translation>
    </message>
    <message>
        <source>%1: rank 0 wrote no result</source>
        <translation>%1: Rang 0 hat kein Ergebnis geschrieben</translation>
    </message>
    <message>
        <source>--rank-result is for rank processes (RANK and WORLD_SIZE unset)</source>
        <translation>--rank-result ist für Rang-Prozesse (RANK und WORLD_SIZE nicht gesetzt)</translation>
    </message>
    <message>
        <source>%1: cannot write the rank result</source>
        <translation>%1: das Rang-Ergebnis kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Data-parallel training with N rank processes against one process: img/s of each, their ratio and the gradient allreduce time per step.</source>
        <translation>Datenparalleles Training mit N Rang-Prozessen gegenüber einem Prozess: Bilder/s von beiden, ihr Verhältnis und die Allreduce-Zeit der Gradienten pro Schritt.</translation>
    </message>
    <message>
        <source>Internal: run as a rank of --nproc and write the result to FILE.</source>
        <translation>Intern: als Rang von --nproc laufen und das Ergebnis in FILE schreiben.</translation>
    </message>
    <message>
        <source>--nproc: expected a positive integer</source>
        <translation>--nproc: positive ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>was killed by signal %1 (%2)</source>
        <translation>wurde durch Signal %1 (%2) beendet</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>endete mit Code %1</translation>
    </message>
    <message>
        <source>no free TCP port on 127.0.0.1 for the rendezvous (give one with --master-port)</source>
        <translation>kein freier TCP-Port auf 127.0.0.1 für das Rendezvous (einen mit --master-port angeben)</translation>
    </message>
    <message>
        <source>rank %1 could not be started: %2</source>
        <translation>Rang %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>rank %1 (pid %2) %3</source>
        <translation>Rang %1 (PID %2) %3</translation>
    </message>
    <message>
        <source>rank(s) %1 stopped responding: rank %2 gave up waiting for it (%3) and it was still running %4 s later, so it was killed</source>
        <translation>Rang/Ränge %1 antworteten nicht mehr: Rang %2 hat das Warten aufgegeben (%3), und %4 s später liefen sie noch, daher wurden sie beendet</translation>
    </message>
    <message>
        <source>; rank(s) %1 still running %2 s later were killed</source>
        <translation>; Rang/Ränge %1, die %2 s später noch liefen, wurden beendet</translation>
    </message>
    <message>
        <source>Forward passes per optimizer step (gradient accumulation): a step trains on batch x K images (default 1).</source>
        <translation>Vorwärtsdurchläufe pro Optimiererschritt (Gradientenakkumulation): ein Schritt trainiert auf Batch x K Bildern (Standard 1).</translation>
    </message>
    <message>
        <source>Data-parallel ranks to start on this machine: one per GPU, or CPU processes sharing the cores (default 1).</source>
        <translation>Datenparallele Ränge, die auf dieser Maschine gestartet werden: einer pro GPU oder CPU-Prozesse, die sich die Kerne teilen (Standard 1).</translation>
    </message>
    <message>
        <source>Machines of a data-parallel run (default 1).</source>
        <translation>Maschinen eines datenparallelen Laufs (Standard 1).</translation>
    </message>
    <message>
        <source>This machine&apos;s index among --nnodes (default 0).</source>
        <translation>Index dieser Maschine unter --nnodes (Standard 0).</translation>
    </message>
    <message>
        <source>Address of the machine running rank 0 (default 127.0.0.1).</source>
        <translation>Adresse der Maschine, auf der Rang 0 läuft (Standard 127.0.0.1).</translation>
    </message>
    <message>
        <source>TCP port of the rendezvous on the master (default: a free port on one machine, 29500 on several).</source>
        <translation>TCP-Port des Rendezvous auf dem Master (Standard: ein freier Port auf einer Maschine, 29500 auf mehreren).</translation>
    </message>
    <message>
        <source>Seconds a rank waits for the others (rendezvous, each collective) before the run fails (default 300).</source>
        <translation>Sekunden, die ein Rang auf die anderen wartet (Rendezvous, jede kollektive Operation), bevor der Lauf fehlschlägt (Standard 300).</translation>
    </message>
    <message>
        <source>--master-port: %1 is not a TCP port</source>
        <translation>--master-port: %1 ist kein TCP-Port</translation>
    </message>
    <message>
        <source>--node-rank %1 must be below --nnodes %2</source>
        <translation>--node-rank %1 muss kleiner als --nnodes %2 sein</translation>
    </message>
    <message>
        <source>--nproc/--nnodes inside a launched rank (RANK is set): give either a launcher or --nproc, not both</source>
        <translation>--nproc/--nnodes in einem gestarteten Rang (RANK ist gesetzt): entweder einen Launcher oder --nproc angeben, nicht beides</translation>
    </message>
    <message>
        <source>%1; the run stays resumable from its last completed epoch: kpstudio train --run %2 --resume --nproc %3</source>
        <translation>%1; der Lauf bleibt ab seiner letzten abgeschlossenen Epoche fortsetzbar: kpstudio train --run %2 --resume --nproc %3</translation>
    </message>
    <message>
        <source>measured %1 s per epoch: %2 epochs in all</source>
        <translation>%1 s pro Epoche gemessen: insgesamt %2 Epochen</translation>
    </message>
    <message>
        <source>Processes sharing the images (data-parallel; same outputs as one process).</source>
        <translation>Prozesse, die sich die Bilder teilen (datenparallel; dieselben Ausgaben wie ein Prozess).</translation>
    </message>
    <message>
        <source>--nproc must be a positive integer</source>
        <translation>--nproc muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>Start from a saved training config (the Train page&apos;s Save config, or a run&apos;s config.json); the other options override its values.</source>
        <translation>Von einer gespeicherten Trainingskonfiguration ausgehen (Konfiguration speichern der Trainingsseite oder config.json eines Laufs); die anderen Optionen überschreiben ihre Werte.</translation>
    </message>
    <message>
        <source>--data DIR is required (or --arrays DIR, --config FILE or --resume)</source>
        <translation>--data DIR ist erforderlich (oder --arrays DIR, --config FILE oder --resume)</translation>
    </message>
    <message>
        <source>--config %1: %2</source>
        <translation>--config %1: %2</translation>
    </message>
    <message>
        <source>--config and --recipe exclude each other</source>
        <translation>--config und --recipe schließen einander aus</translation>
    </message>
    <message>
        <source>finished: %1; best epoch %2 (val loss %3)</source>
        <translation>beendet: %1; beste Epoche %2 (Validierungsverlust %3)</translation>
    </message>
    <message>
        <source>stopped in epoch %1 after batch %2</source>
        <translation>in Epoche %1 nach Batch %2 gestoppt</translation>
    </message>
    <message>
        <source>Measure a training recipe&apos;s model and batch size instead (seed or cpu-fast; --preset and --batch still override them).</source>
        <translation>Stattdessen Modell und Batchgröße eines Trainingsrezepts messen (seed oder cpu-fast; --preset und --batch überschreiben sie weiterhin).</translation>
    </message>
    <message>
        <source>SoftArgMax temperature beta (default: the recipe&apos;s, 15 for seed and 30 for cpu-fast).</source>
        <translation>SoftArgMax-Temperatur beta (Standard: die des Rezepts, 15 für seed und 30 für cpu-fast).</translation>
    </message>
    <message>
        <source>Face colours: fixed (default; one livery, every face keeps its colour in every image, as on a real spacecraft) or random (drawn anew for every image).</source>
        <translation>Flächenfarben: fixed (Standard; eine Lackierung, jede Fläche behält ihre Farbe in jedem Bild, wie bei einem echten Raumfahrzeug) oder random (für jedes Bild neu gezogen).</translation>
    </message>
    <message>
        <source>expected &apos;fixed&apos; or &apos;random&apos;, got &apos;%1&apos;</source>
        <translation>„fixed“ oder „random“ erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <source>Wrote %1 images (%2x%3, seed %4, %5 visibility, %6 materials) to %7 in %8 s (%9 img/s)</source>
        <translation>%1 Bilder (%2x%3, Startwert %4, Sichtbarkeit %5, Materialien %6) in %7 geschrieben, in %8 s (%9 Bilder/s)</translation>
    </message>
    <message>
        <source>Synthetic data: face colours, fixed (default; every face keeps its colour) or random (new colours in every image).</source>
        <translation>Synthetische Daten: Flächenfarben, fixed (Standard; jede Fläche behält ihre Farbe) oder random (neue Farben in jedem Bild).</translation>
    </message>
    <message>
        <source>--batch: expected a number &gt;= 1</source>
        <translation>--batch: eine Zahl &gt;= 1 erwartet</translation>
    </message>
    <message>
        <source>Arithmetic of the throughput measurements: auto, fp32 or bf16_mixed (default: the recipe&apos;s, else fp32). Both are compared on the CPU in any case.</source>
        <translation>Arithmetik der Durchsatzmessungen: auto, fp32 oder bf16_mixed (Standard: die des Rezepts, sonst fp32). Auf der CPU werden beide in jedem Fall verglichen.</translation>
    </message>
    <message>
        <source>slower than planned: epoch %1 ends the run</source>
        <translation>langsamer als geplant: Epoche %1 beendet den Lauf</translation>
    </message>
    <message>
        <source>Arithmetic: auto (bf16 mixed on a CPU with native bf16, else float32; the cpu-fast recipe&apos;s), fp32 (the seed&apos;s) or bf16_mixed.</source>
        <translation>Arithmetik: auto (bf16 gemischt auf einer CPU mit nativem bf16, sonst float32; die des Rezepts cpu-fast), fp32 (die des Seeds) oder bf16_mixed.</translation>
    </message>
    <message>
        <source>re-planned from %1 s per epoch: %2 epochs in all</source>
        <translation>neu geplant mit %1 s pro Epoche: insgesamt %2 Epochen</translation>
    </message>
</context>
<context>
    <name>kpstudio</name>
    <message>
        <source>Summarise a dataset and list its problems</source>
        <translation>Einen Datensatz zusammenfassen und seine Probleme auflisten</translation>
    </message>
    <message>
        <source>Render a synthetic spacecraft dataset</source>
        <translation>Einen synthetischen Raumfahrzeug-Datensatz rendern</translation>
    </message>
    <message>
        <source>Train a keypoint model into a run directory</source>
        <translation>Ein Keypoint-Modell in ein Laufverzeichnis trainieren</translation>
    </message>
    <message>
        <source>Evaluate a model on an annotated dataset</source>
        <translation>Ein Modell auf einem annotierten Datensatz auswerten</translation>
    </message>
    <message>
        <source>Predict keypoints for a folder of images</source>
        <translation>Keypoints für einen Bilderordner vorhersagen</translation>
    </message>
    <message>
        <source>Generate, train, evaluate: the whole pipeline in minutes</source>
        <translation>Erzeugen, trainieren, auswerten: die ganze Pipeline in Minuten</translation>
    </message>
    <message>
        <source>Measure data and training throughput</source>
        <translation>Daten- und Trainingsdurchsatz messen</translation>
    </message>
    <message>
        <source>Usage: kpstudio COMMAND [OPTIONS]  (kpstudio COMMAND --help for details)</source>
        <translation>Aufruf: kpstudio BEFEHL [OPTIONEN]  (kpstudio BEFEHL --help für Details)</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>kpstudio: unknown command &apos;%1&apos;</source>
        <translation>kpstudio: unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Evaluate a model on an annotated dataset (visible keypoints only).</source>
        <translation>Wertet ein Modell auf einem annotierten Datensatz aus (nur sichtbare Keypoints).</translation>
    </message>
    <message>
        <source>Weights file (best.pt, last.pt or exported).</source>
        <translation>Gewichtsdatei (best.pt, last.pt oder exportiert).</translation>
    </message>
    <message>
        <source>Dataset root (Rendered_Images/, JSON_Data_REF/).</source>
        <translation>Datensatz-Stammordner (Rendered_Images/, JSON_Data_REF/).</translation>
    </message>
    <message>
        <source>Output folder (overlays/, heatmaps/, original_overlays/, evaluation_summary.json).</source>
        <translation>Ausgabeordner (overlays/, heatmaps/, original_overlays/, evaluation_summary.json).</translation>
    </message>
    <message>
        <source>all, or val: only the validation stems of split.json beside the model.</source>
        <translation>all oder val: nur die Validierungsbilder (Stems aus split.json neben dem Modell).</translation>
    </message>
    <message>
        <source>--model, --data and --out are required</source>
        <translation>--model, --data und --out sind erforderlich</translation>
    </message>
    <message>
        <source>--split must be &apos;all&apos; or &apos;val&apos;</source>
        <translation>--split muss &apos;all&apos; oder &apos;val&apos; sein</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <source>img</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Predict keypoints for a folder of images; unlabelled images get 4SP annotation JSONs.</source>
        <translation>Sagt Keypoints für einen Bilderordner vorher; nicht annotierte Bilder erhalten 4SP-Annotations-JSONs.</translation>
    </message>
    <message>
        <source>Image folder or dataset root.</source>
        <translation>Bilderordner oder Datensatz-Stammordner.</translation>
    </message>
    <message>
        <source>Output folder (overlays/, heatmaps/, original_overlays/, JSON_Data_REF/, evaluation_summary.json).</source>
        <translation>Ausgabeordner (overlays/, heatmaps/, original_overlays/, JSON_Data_REF/, evaluation_summary.json).</translation>
    </message>
    <message>
        <source>Heatmap peak needed to write a keypoint as visible (0..1).</source>
        <translation>Heatmap-Maximum, ab dem ein Keypoint als sichtbar geschrieben wird (0..1).</translation>
    </message>
    <message>
        <source>--model, --images and --out are required</source>
        <translation>--model, --images und --out sind erforderlich</translation>
    </message>
    <message>
        <source>--threshold must be a number in [0, 1]</source>
        <translation>--threshold muss eine Zahl in [0, 1] sein</translation>
    </message>
    <message>
        <source>Predicted %1 images (%2 annotated, %3 new annotations in %4)</source>
        <translation>%1 Bilder vorhergesagt (%2 annotiert, %3 neue Annotationen in %4)</translation>
    </message>
    <message>
        <source>Images per forward pass.</source>
        <translation>Bilder pro Vorwärtsdurchlauf.</translation>
    </message>
    <message>
        <source>cpu, cuda or cuda:N.</source>
        <translation>cpu, cuda oder cuda:N.</translation>
    </message>
    <message>
        <source>Decoding/writing threads (0 = all cores).</source>
        <translation>Threads zum Dekodieren/Schreiben (0 = alle Kerne).</translation>
    </message>
    <message>
        <source>Also write raw heatmaps as heatmaps/&lt;stem&gt;.npy (K x HEAT x HEAT float32).</source>
        <translation>Zusätzlich rohe Heatmaps als heatmaps/&lt;stem&gt;.npy schreiben (K x HEAT x HEAT float32).</translation>
    </message>
    <message>
        <source>Skip overlay and heatmap pictures (report files only).</source>
        <translation>Überlagerungs- und Heatmap-Bilder weglassen (nur Berichtsdateien).</translation>
    </message>
    <message>
        <source>--batch must be a positive integer</source>
        <translation>--batch muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>--threads must be 0 or a positive integer</source>
        <translation>--threads muss 0 oder eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>... and %1 more problems</source>
        <translation>... und %1 weitere Probleme</translation>
    </message>
    <message>
        <source>Evaluate a model on an annotated dataset and write a report folder (report.html, report.pdf, plots, CSV and JSON metrics).</source>
        <translation>Wertet ein Modell auf einem annotierten Datensatz aus und schreibt einen Berichtsordner (report.html, report.pdf, Diagramme, Metriken als CSV und JSON).</translation>
    </message>
    <message>
        <source>Report folder (created when missing).</source>
        <translation>Berichtsordner (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <source>Number of worst images shown with overlays.</source>
        <translation>Anzahl der schlechtesten Bilder, die mit Überlagerungen gezeigt werden.</translation>
    </message>
    <message>
        <source>--worst must be 0 or a positive integer</source>
        <translation>--worst muss 0 oder eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>needs a QApplication (internal error)</source>
        <translation>benötigt eine QApplication (interner Fehler)</translation>
    </message>
    <message>
        <source>Pose check: %1 of %2 images solved, median rotation error %3 deg</source>
        <translation>Posenprüfung: %1 von %2 Bildern gelöst, medianer Rotationsfehler %3 Grad</translation>
    </message>
    <message>
        <source>Evaluate a model and write an HTML/PDF report with plots</source>
        <translation>Ein Modell auswerten und einen HTML/PDF-Bericht mit Diagrammen schreiben</translation>
    </message>
    <message>
        <source>Plot a validation metric of several runs against time</source>
        <translation>Eine Validierungsmetrik mehrerer Läufe über die Zeit zeichnen</translation>
    </message>
    <message>
        <source>Inference latency of the exported ONNX graph in OpenCV DNN against LibTorch (random weights, the same input), ms per image and the ratio, measured in one run.</source>
        <translation>Inferenzlatenz des exportierten ONNX-Graphen in OpenCV DNN gegenüber LibTorch (Zufallsgewichte, dieselbe Eingabe), ms pro Bild und ihr Verhältnis, in einem Lauf gemessen.</translation>
    </message>
    <message>
        <source>Model presets, comma-separated (default small,seed).</source>
        <translation>Modell-Presets, durch Kommas getrennt (Standard small,seed).</translation>
    </message>
    <message>
        <source>Images per forward pass (default 1).</source>
        <translation>Bilder pro Vorwärtsdurchlauf (Standard 1).</translation>
    </message>
    <message>
        <source>Timed forward passes per runtime (default 5).</source>
        <translation>Gemessene Vorwärtsdurchläufe pro Laufzeitumgebung (Standard 5).</translation>
    </message>
    <message>
        <source>Threads for both runtimes (default: all cores).</source>
        <translation>Threads für beide Laufzeitumgebungen (Standard: alle Kerne).</translation>
    </message>
    <message>
        <source>--batch must be a positive whole number</source>
        <translation>--batch muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>--iterations must be a positive whole number</source>
        <translation>--iterations muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>--threads must be a positive whole number</source>
        <translation>--threads muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>ONNX inference, OpenCV DNN %1 vs LibTorch, batch %2, %3 threads, %4 iterations</source>
        <translation>ONNX-Inferenz, OpenCV DNN %1 gegenüber LibTorch, Batch %2, %3 Threads, %4 Durchläufe</translation>
    </message>
    <message>
        <source>%1 (%2, %3 px, %4 MB ONNX): LibTorch %5 ms/image, OpenCV DNN %6 ms/image, OpenCV/LibTorch time ratio %7 (max |dheatmap| %8)</source>
        <translation>%1 (%2, %3 px, %4 MB ONNX): LibTorch %5 ms/Bild, OpenCV DNN %6 ms/Bild, Zeitverhältnis OpenCV/LibTorch %7 (max. |dHeatmap| %8)</translation>
    </message>
    <message>
        <source>--arrays and --data exclude each other</source>
        <translation>--arrays und --data schließen einander aus</translation>
    </message>
    <message>
        <source>--model, --arrays and --out are required</source>
        <translation>--model, --arrays und --out sind erforderlich</translation>
    </message>
    <message>
        <source>Evaluate on the seed&apos;s arrays (X_data.npy, Y_data.npz in DIR) instead of --data.</source>
        <translation>Auf den Arrays des Seeds (X_data.npy, Y_data.npz in DIR) statt auf --data auswerten.</translation>
    </message>
    <message>
        <source>Export a trained model as ONNX (input `image`, outputs `heatmaps` and `coords`) and verify it with OpenCV DNN against LibTorch; a file that fails is kept as &lt;out&gt;.unverified.</source>
        <translation>Ein trainiertes Modell als ONNX exportieren (Eingabe `image`, Ausgaben `heatmaps` und `coords`) und es mit OpenCV DNN gegen LibTorch prüfen; eine Datei, die die Prüfung nicht besteht, bleibt als &lt;out&gt;.unverified erhalten.</translation>
    </message>
    <message>
        <source>Weights file (best.pt, last.pt).</source>
        <translation>Gewichtsdatei (best.pt, last.pt).</translation>
    </message>
    <message>
        <source>Export format: onnx.</source>
        <translation>Exportformat: onnx.</translation>
    </message>
    <message>
        <source>Output file (model.onnx).</source>
        <translation>Ausgabedatei (model.onnx).</translation>
    </message>
    <message>
        <source>ONNX opset, %1..%2 (default %3).</source>
        <translation>ONNX-Opset, %1..%2 (Standard %3).</translation>
    </message>
    <message>
        <source>Batch dimension: dynamic or a fixed size N.</source>
        <translation>Batch-Dimension: dynamic oder eine feste Größe N.</translation>
    </message>
    <message>
        <source>Graph outputs: heatmaps, coords or both.</source>
        <translation>Ausgaben des Graphen: heatmaps, coords oder beide.</translation>
    </message>
    <message>
        <source>Put the input normalisation into the graph: it then takes raw 0-255 RGB crops.</source>
        <translation>Die Eingabenormalisierung in den Graphen aufnehmen: er nimmt dann rohe RGB-Ausschnitte mit Werten 0-255.</translation>
    </message>
    <message>
        <source>Dataset whose first images are the verification crops (default: rendered synthetic images).</source>
        <translation>Datensatz, dessen erste Bilder die Prüfausschnitte liefern (Standard: gerenderte synthetische Bilder).</translation>
    </message>
    <message>
        <source>Number of verification crops (default 4).</source>
        <translation>Anzahl der Prüfausschnitte (Standard 4).</translation>
    </message>
    <message>
        <source>Only verify an exported file against --model (no export).</source>
        <translation>Nur eine exportierte Datei gegen --model prüfen (kein Export).</translation>
    </message>
    <message>
        <source>--model is required</source>
        <translation>--model ist erforderlich</translation>
    </message>
    <message>
        <source>--crops must be a whole number in [1, 64]</source>
        <translation>--crops muss eine ganze Zahl in [1, 64] sein</translation>
    </message>
    <message>
        <source>%1 failed the verification</source>
        <translation>%1 hat die Prüfung nicht bestanden</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (known: onnx)</source>
        <translation>unbekanntes Format &apos;%1&apos; (bekannt: onnx)</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>--out ist erforderlich</translation>
    </message>
    <message>
        <source>--opset must be a whole number, got &apos;%1&apos;</source>
        <translation>--opset muss eine ganze Zahl sein, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--batch must be &apos;dynamic&apos; or a positive whole number, got &apos;%1&apos;</source>
        <translation>--batch muss &apos;dynamic&apos; oder eine positive ganze Zahl sein, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Exported %1 (%2 MB, opset %3, batch %4, outputs %5); weights SHA-256 %6</source>
        <translation>%1 exportiert (%2 MB, Opset %3, Batch %4, Ausgaben %5); SHA-256 der Gewichte %6</translation>
    </message>
    <message>
        <source>verification failed; the file is kept as %1</source>
        <translation>Prüfung fehlgeschlagen; die Datei bleibt als %1 erhalten</translation>
    </message>
    <message>
        <source>Convert a Keras model of the seed&apos;s network (.keras of Keras 3 or 2.13, or a legacy .h5) into a Keypoint Studio weights file.</source>
        <translation>Ein Keras-Modell des Seed-Netzes (.keras von Keras 3 oder 2.13 oder ein altes .h5) in eine Keypoint-Studio-Gewichtsdatei umwandeln.</translation>
    </message>
    <message>
        <source>Keras model file</source>
        <translation>Keras-Modelldatei</translation>
    </message>
    <message>
        <source>Weights file to write (.pt).</source>
        <translation>Zu schreibende Gewichtsdatei (.pt).</translation>
    </message>
    <message>
        <source>expected one MODEL file (kpstudio import-keras --help)</source>
        <translation>genau eine MODEL-Datei erwartet (kpstudio import-keras --help)</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE ist erforderlich</translation>
    </message>
    <message>
        <source>Imported %1 (%2): K = %3, input %4 px, decoder %5 -&gt; %6</source>
        <translation>%1 importiert (%2): K = %3, Eingabe %4 px, Decoder %5 -&gt; %6</translation>
    </message>
    <message>
        <source>Export a model as ONNX, verified with OpenCV DNN against LibTorch</source>
        <translation>Ein Modell als ONNX exportieren, mit OpenCV DNN gegen LibTorch geprüft</translation>
    </message>
    <message>
        <source>Write the seed&apos;s X_data.npy / Y_data.npz arrays from a dataset</source>
        <translation>Die Arrays X_data.npy / Y_data.npz des Seeds aus einem Datensatz schreiben</translation>
    </message>
    <message>
        <source>Convert a Keras model of the seed (.keras, .h5) into a weights file</source>
        <translation>Ein Keras-Modell des Seeds (.keras, .h5) in eine Gewichtsdatei umwandeln</translation>
    </message>
    <message>
        <source>--nproc does not apply to --arrays</source>
        <translation>--nproc gilt nicht für --arrays</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Annotate, train and inspect heatmap keypoint detectors for spacecraft pose estimation.</source>
        <translation>Heatmap-Keypoint-Detektoren für die Lageschätzung von Raumfahrzeugen annotieren, trainieren und untersuchen.</translation>
    </message>
    <message>
        <source>Open the built-in demo dataset.</source>
        <translation>Den eingebauten Demo-Datensatz öffnen.</translation>
    </message>
    <message>
        <source>User interface language (en, pt_BR, de).</source>
        <translation>Sprache der Oberfläche (en, pt_BR, de).</translation>
    </message>
    <message>
        <source>Dataset folder to open (4SP layout).</source>
        <translation>Zu öffnender Datensatzordner (4SP-Aufbau).</translation>
    </message>
    <message>
        <source>Save screenshots of the window into the folder, then quit.</source>
        <translation>Bildschirmfotos des Fensters im Ordner speichern und dann beenden.</translation>
    </message>
    <message>
        <source>Training run folder to show on the Train page (followed live while it is being written).</source>
        <translation>Ordner eines Trainingslaufs, der auf der Seite Trainieren gezeigt wird (wird live verfolgt, solange er geschrieben wird).</translation>
    </message>
    <message>
        <source>Window size for --screenshots (default 1280x800).</source>
        <translation>Fenstergröße für --screenshots (Standard 1280x800).</translation>
    </message>
    <message>
        <source>expected WxH, e.g. 1366x768</source>
        <translation>BxH erwartet, z. B. 1366x768</translation>
    </message>
</context>
</TS>
