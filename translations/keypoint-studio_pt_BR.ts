<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>kps::AboutDialog</name>
    <message>
        <source>About Keypoint Studio</source>
        <translation>Sobre o Keypoint Studio</translation>
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
        <translation>&lt;h3&gt;Keypoint Studio %1&lt;/h3&gt;&lt;p&gt;Anote, treine e inspecione detectores de pontos-chave por mapas de calor para a estimação de pose de espaçonaves.&lt;/p&gt;</translation>
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
        <translation>Dispositivo de computação</translation>
    </message>
    <message>
        <source>README: installation, GPU training, command line</source>
        <translation>README: instalação, treinamento em GPU, linha de comando</translation>
    </message>
</context>
<context>
    <name>kps::ApplyPredictionsCommand</name>
    <message>
        <source>Apply model predictions</source>
        <translation>Aplicar predições do modelo</translation>
    </message>
</context>
<context>
    <name>kps::DataPage</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>The annotation of %1 has unsaved changes.</source>
        <translation>A anotação de %1 tem alterações não salvas.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 salvo</translation>
    </message>
    <message>
        <source>Save annotation</source>
        <translation>Salvar anotação</translation>
    </message>
    <message>
        <source>The annotation could not be saved.</source>
        <translation>Não foi possível salvar a anotação.</translation>
    </message>
    <message>
        <source>Predictions of %1 applied: correct them and save (Ctrl+Z undoes)</source>
        <translation>Predições de %1 aplicadas: corrija-as e salve (Ctrl+Z desfaz)</translation>
    </message>
    <message>
        <source>%1 is not an image of the open dataset</source>
        <translation>%1 não é uma imagem do conjunto de dados aberto</translation>
    </message>
    <message>
        <source>Click in the image to place keypoint %1 (Esc cancels)</source>
        <translation>Clique na imagem para colocar o ponto-chave %1 (Esc cancela)</translation>
    </message>
    <message>
        <source>%1 belongs to no image of the list</source>
        <translation>%1 não pertence a nenhuma imagem da lista</translation>
    </message>
    <message>
        <source>Demo dataset</source>
        <translation>Conjunto de dados de demonstração</translation>
    </message>
    <message numerus="yes">
        <source>Rendering the demo dataset (%n image(s)); this happens once.</source>
        <translation>
            <numerusform>Renderizando o conjunto de dados de demonstração (%n imagem); isso acontece só uma vez.</numerusform>
            <numerusform>Renderizando o conjunto de dados de demonstração (%n imagens); isso acontece só uma vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Rendering the demo dataset into %1</source>
        <translation>Renderizando o conjunto de dados de demonstração em %1</translation>
    </message>
    <message>
        <source>The demo dataset could not be created.</source>
        <translation>Não foi possível criar o conjunto de dados de demonstração.</translation>
    </message>
    <message>
        <source>Demo dataset cancelled</source>
        <translation>Conjunto de dados de demonstração cancelado</translation>
    </message>
    <message>
        <source>No dataset open.

Open a dataset folder with File &gt; Open dataset… (%1)
or explore the built-in demo with File &gt; Open demo dataset.</source>
        <translation>Nenhum conjunto de dados aberto.

Abra uma pasta de conjunto de dados com Arquivo &gt; Abrir conjunto de dados… (%1)
ou explore a demonstração embutida com Arquivo &gt; Abrir conjunto de dados de demonstração.</translation>
    </message>
    <message>
        <source>Scanning the dataset…</source>
        <translation>Analisando o conjunto de dados…</translation>
    </message>
    <message>
        <source>The dataset could not be opened:
%1</source>
        <translation>Não foi possível abrir o conjunto de dados:
%1</translation>
    </message>
    <message>
        <source>No images found in %1.
A dataset needs Rendered_Images/, JSON_Data_REF/ and Object_Information/mesh_information.json; see the Problems panel.</source>
        <translation>Nenhuma imagem encontrada em %1.
Um conjunto de dados precisa de Rendered_Images/, JSON_Data_REF/ e Object_Information/mesh_information.json; veja o painel Problemas.</translation>
    </message>
    <message>
        <source>Select an image in the Images panel.</source>
        <translation>Selecione uma imagem no painel Imagens.</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barra de ferramentas</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Keypoints</source>
        <translation>Pontos-chave</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>&lt;loaded&gt;</source>
        <translation>&lt;carregado&gt;</translation>
    </message>
    <message>
        <source>&amp;Save annotation</source>
        <translation>&amp;Salvar anotação</translation>
    </message>
    <message>
        <source>Write the shown image&apos;s annotation JSON</source>
        <translation>Gravar o JSON de anotação da imagem exibida</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Toggle &amp;visible</source>
        <translation>Alternar &amp;visível</translation>
    </message>
    <message>
        <source>Mark the selected keypoint visible or not visible</source>
        <translation>Marcar o ponto-chave selecionado como visível ou não visível</translation>
    </message>
    <message>
        <source>&amp;Delete keypoint</source>
        <translation>E&amp;xcluir ponto-chave</translation>
    </message>
    <message>
        <source>&amp;Place keypoint</source>
        <translation>&amp;Colocar ponto-chave</translation>
    </message>
    <message>
        <source>Click in the image to place the selected (or first missing) keypoint</source>
        <translation>Clique na imagem para colocar o ponto-chave selecionado (ou o primeiro ausente)</translation>
    </message>
    <message>
        <source>&amp;Cancel placing</source>
        <translation>C&amp;ancelar colocação</translation>
    </message>
    <message>
        <source>&amp;Keypoints</source>
        <translation>&amp;Pontos-chave</translation>
    </message>
    <message>
        <source>Keypoint &amp;labels</source>
        <translation>&amp;Rótulos dos pontos-chave</translation>
    </message>
    <message>
        <source>Mesh &amp;edges</source>
        <translation>&amp;Arestas da malha</translation>
    </message>
    <message>
        <source>&amp;Crop box</source>
        <translation>Área de re&amp;corte</translation>
    </message>
    <message>
        <source>&amp;Non-visible keypoints</source>
        <translation>Pontos-chave &amp;não visíveis</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Ajustar à janela</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Tamanho real</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>A&amp;mpliar</translation>
    </message>
    <message>
        <source>Zoom o&amp;ut</source>
        <translation>Red&amp;uzir</translation>
    </message>
    <message>
        <source>&amp;Next image</source>
        <translation>Próxima &amp;imagem</translation>
    </message>
    <message>
        <source>&amp;Previous image</source>
        <translation>Imagem ante&amp;rior</translation>
    </message>
</context>
<context>
    <name>kps::DataStatusWidgets</name>
    <message>
        <source>Scanning %1…</source>
        <translation>Analisando %1…</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Não foi possível abrir %1</translation>
    </message>
    <message>
        <source>x %1  y %2</source>
        <translation>x %1  y %2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n imagem</numerusform>
            <numerusform>%n imagens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotated</source>
        <translation>
            <numerusform>%n anotada</numerusform>
            <numerusform>%n anotadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keypoint(s) per image</source>
        <translation>
            <numerusform>%n ponto-chave por imagem</numerusform>
            <numerusform>%n pontos-chave por imagem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message numerus="yes">
        <source>%n visible</source>
        <translation>
            <numerusform>%n visível</numerusform>
            <numerusform>%n visíveis</numerusform>
        </translation>
    </message>
    <message>
        <source>not annotated</source>
        <translation>sem anotação</translation>
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
        <translation>%1 tem uma anotação, mas nenhuma imagem.</translation>
    </message>
    <message>
        <source>The image could not be read: %1</source>
        <translation>Não foi possível ler a imagem: %1</translation>
    </message>
    <message>
        <source>The annotation could not be read: %1</source>
        <translation>Não foi possível ler a anotação: %1</translation>
    </message>
</context>
<context>
    <name>kps::DeleteKeypointCommand</name>
    <message>
        <source>Delete keypoint %1</source>
        <translation>Excluir ponto-chave %1</translation>
    </message>
</context>
<context>
    <name>kps::DemoDatasetJob</name>
    <message>
        <source>Could not move %1 to %2</source>
        <translation>Não foi possível mover %1 para %2</translation>
    </message>
</context>
<context>
    <name>kps::ErrorHistogramPlot</name>
    <message>
        <source>Keypoints</source>
        <translation>Pontos-chave</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>Error (%1)</source>
        <translation>Erro (%1)</translation>
    </message>
</context>
<context>
    <name>kps::EvaluationReportWriter</name>
    <message>
        <source>IMG px</source>
        <translation>px IMG</translation>
    </message>
    <message>
        <source>Mean error (%1)</source>
        <translation>Erro médio (%1)</translation>
    </message>
    <message>
        <source>PCK@2 (%)</source>
        <translation>PCK@2 (%)</translation>
    </message>
    <message>
        <source>Heatmap peak</source>
        <translation>Pico do mapa de calor</translation>
    </message>
    <message>
        <source>Error (%1)</source>
        <translation>Erro (%1)</translation>
    </message>
    <message>
        <source>Keypoint evaluation report</source>
        <translation>Relatório de avaliação de pontos-chave</translation>
    </message>
    <message>
        <source>Model and dataset</source>
        <translation>Modelo e conjunto de dados</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>Arquivo do modelo</translation>
    </message>
    <message>
        <source>Weights SHA-256</source>
        <translation>SHA-256 dos pesos</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>preset %1, backbone %2, %3 keypoints, input %4 px, heatmaps %5 px</source>
        <translation>predefinição %1, backbone %2, %3 pontos-chave, entrada %4 px, mapas de calor %5 px</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de dados</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <source>%1 evaluated (%2 annotated), split: %3</source>
        <translation>%1 avaliadas (%2 anotadas), divisão: %3</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Keypoint Studio version</source>
        <translation>Versão do Keypoint Studio</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>%1 images processed, %2 with ground truth, %3 visible keypoints evaluated.</source>
        <translation>%1 imagens processadas, %2 com referência (ground truth), %3 pontos-chave visíveis avaliados.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>IMG px (%1 x %1)</source>
        <translation>px IMG (%1 x %1)</translation>
    </message>
    <message>
        <source>Original px</source>
        <translation>px originais</translation>
    </message>
    <message>
        <source>Visible keypoints</source>
        <translation>Pontos-chave visíveis</translation>
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
        <translation>Média euclidiana</translation>
    </message>
    <message>
        <source>Euclidean median</source>
        <translation>Mediana euclidiana</translation>
    </message>
    <message>
        <source>Euclidean P95</source>
        <translation>P95 euclidiano</translation>
    </message>
    <message>
        <source>Euclidean RMSE</source>
        <translation>RMSE euclidiano</translation>
    </message>
    <message>
        <source>Euclidean max</source>
        <translation>Máximo euclidiano</translation>
    </message>
    <message>
        <source>PCK &lt;= %1 px (%)</source>
        <translation>PCK &lt;= %1 px (%)</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>PCK curve: percent of visible keypoints within a threshold (IMG px).</source>
        <translation>Curva PCK: porcentagem de pontos-chave visíveis dentro de um limiar (px IMG).</translation>
    </message>
    <message>
        <source>Histogram of keypoint errors (IMG px).</source>
        <translation>Histograma dos erros dos pontos-chave (px IMG).</translation>
    </message>
    <message>
        <source>Mean error per keypoint (IMG px).</source>
        <translation>Erro médio por ponto-chave (px IMG).</translation>
    </message>
    <message>
        <source>PCK@2 per keypoint.</source>
        <translation>PCK@2 por ponto-chave.</translation>
    </message>
    <message>
        <source>Error against the heatmap peak of each visible keypoint.</source>
        <translation>Erro em função do pico do mapa de calor de cada ponto-chave visível.</translation>
    </message>
    <message>
        <source>Per keypoint</source>
        <translation>Por ponto-chave</translation>
    </message>
    <message>
        <source>Errors in IMG px unless marked as original px; PCK@2 counts errors &lt;= 2 IMG px.</source>
        <translation>Erros em px IMG, salvo quando marcados como px originais; PCK@2 conta erros &lt;= 2 px IMG.</translation>
    </message>
    <message>
        <source>Keypoint</source>
        <translation>Ponto-chave</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Visível</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>P95</source>
        <translation>P95</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Máx.</translation>
    </message>
    <message>
        <source>Mean (original px)</source>
        <translation>Média (px originais)</translation>
    </message>
    <message>
        <source>Mean heatmap peak</source>
        <translation>Pico médio do mapa de calor</translation>
    </message>
    <message>
        <source>Worst images</source>
        <translation>Piores imagens</translation>
    </message>
    <message>
        <source>No annotated image with visible keypoints.</source>
        <translation>Nenhuma imagem anotada com pontos-chave visíveis.</translation>
    </message>
    <message>
        <source>The %1 images with the largest mean error; x = ground truth, o = prediction, on the model&apos;s input crop.</source>
        <translation>As %1 imagens com o maior erro médio; x = referência, o = predição, no recorte de entrada do modelo.</translation>
    </message>
    <message>
        <source>#%1 %2: mean %3 IMG px (%4 original px), max %5 IMG px, %6 keypoints</source>
        <translation>#%1 %2: média %3 px IMG (%4 px originais), máx. %5 px IMG, %6 pontos-chave</translation>
    </message>
    <message>
        <source>Pose check</source>
        <translation>Verificação de pose</translation>
    </message>
    <message>
        <source>Not available: needs vertex_coordinates in the mesh and a camera block in the annotations.</source>
        <translation>Indisponível: requer vertex_coordinates na malha e um bloco camera nas anotações.</translation>
    </message>
    <message>
        <source>Pose solved by PnP (SQPnP + Levenberg-Marquardt) from the predicted visible keypoints in original pixels, compared with the annotated camera pose.</source>
        <translation>Pose resolvida por PnP (SQPnP + Levenberg-Marquardt) a partir dos pontos-chave visíveis preditos em pixels originais, comparada com a pose de câmera anotada.</translation>
    </message>
    <message>
        <source>Images solved</source>
        <translation>Imagens resolvidas</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Rotation error mean / median</source>
        <translation>Erro de rotação médio / mediano</translation>
    </message>
    <message>
        <source>%1 / %2 deg</source>
        <translation>%1 / %2 graus</translation>
    </message>
    <message>
        <source>Translation error mean / median</source>
        <translation>Erro de translação médio / mediano</translation>
    </message>
    <message>
        <source>%1 / %2 m</source>
        <translation>%1 / %2 m</translation>
    </message>
    <message>
        <source>Relative translation error mean / median</source>
        <translation>Erro de translação relativo médio / mediano</translation>
    </message>
    <message>
        <source>%1 / %2 %</source>
        <translation>%1 / %2 %</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pontos</translation>
    </message>
    <message>
        <source>Rotation (deg)</source>
        <translation>Rotação (graus)</translation>
    </message>
    <message>
        <source>Translation (m)</source>
        <translation>Translação (m)</translation>
    </message>
    <message>
        <source>Reprojection (px)</source>
        <translation>Reprojeção (px)</translation>
    </message>
    <message>
        <source>not enough points</source>
        <translation>pontos insuficientes</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Model configuration</source>
        <translation>Configuração do modelo</translation>
    </message>
</context>
<context>
    <name>kps::ExportModelDialog</name>
    <message>
        <source>Export model</source>
        <translation>Exportar modelo</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Weights file</source>
        <translation>Arquivo de pesos</translation>
    </message>
    <message>
        <source>Weights (*.pt);;All files (*)</source>
        <translation>Pesos (*.pt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>ONNX file</source>
        <translation>Arquivo ONNX</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation>Modelos ONNX (*.onnx)</translation>
    </message>
    <message>
        <source>Dynamic</source>
        <translation>Dinâmico</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fixo</translation>
    </message>
    <message>
        <source>Heatmaps (N,K,HEAT,HEAT)</source>
        <translation>Mapas de calor (N,K,HEAT,HEAT)</translation>
    </message>
    <message>
        <source>Coordinates (N,K,2), normalised</source>
        <translation>Coordenadas (N,K,2), normalizadas</translation>
    </message>
    <message>
        <source>Include the input normalisation (raw 0-255 RGB input)</source>
        <translation>Incluir a normalização da entrada (entrada RGB bruta 0-255)</translation>
    </message>
    <message>
        <source>Weights:</source>
        <translation>Pesos:</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Saída:</translation>
    </message>
    <message>
        <source>Opset:</source>
        <translation>Opset:</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>Lote:</translation>
    </message>
    <message>
        <source>Outputs:</source>
        <translation>Saídas:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Choose a weights file (best.pt or last.pt).</source>
        <translation>Escolha um arquivo de pesos (best.pt ou last.pt).</translation>
    </message>
    <message>
        <source>Choose where to write the ONNX file.</source>
        <translation>Escolha onde gravar o arquivo ONNX.</translation>
    </message>
    <message>
        <source>The output folder %1 does not exist.</source>
        <translation>A pasta de saída %1 não existe.</translation>
    </message>
    <message>
        <source>Choose at least one output.</source>
        <translation>Escolha pelo menos uma saída.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>A exportação falhou: %1</translation>
    </message>
    <message>
        <source>Exported and verified: %1
OpenCV DNN vs LibTorch: max |Δheatmap| %2, max |Δcoord| %3 px (IMG space).</source>
        <translation>Exportado e verificado: %1
OpenCV DNN vs LibTorch: máx. |Δheatmap| %2, máx. |Δcoord| %3 px (espaço IMG).</translation>
    </message>
    <message>
        <source>Verification FAILED: OpenCV DNN and LibTorch disagree beyond the tolerance. The file is kept as %1 for inspection.</source>
        <translation>Verificação FALHOU: OpenCV DNN e LibTorch divergem além da tolerância. O arquivo é mantido como %1 para inspeção.</translation>
    </message>
</context>
<context>
    <name>kps::HeatmapEvolutionView</name>
    <message>
        <source>Play</source>
        <translation>Reproduzir</translation>
    </message>
    <message>
        <source>Step through the epochs automatically</source>
        <translation>Percorrer as épocas automaticamente</translation>
    </message>
    <message>
        <source>Epoch whose heatmaps are shown</source>
        <translation>Época cujos mapas de calor são mostrados</translation>
    </message>
    <message>
        <source>Epoch %1 of %2</source>
        <translation>Época %1 de %2</translation>
    </message>
    <message>
        <source>Selected keypoint over the epochs: peak height, fitted sigma against the target&apos;s sigma, and epochs with a second peak</source>
        <translation>Ponto-chave selecionado ao longo das épocas: altura do pico, sigma ajustado comparado ao sigma do alvo e épocas com um segundo pico</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <source>Peak height</source>
        <translation>Altura do pico</translation>
    </message>
    <message>
        <source>Sigma (px)</source>
        <translation>Sigma (px)</translation>
    </message>
    <message>
        <source>Fitted sigma</source>
        <translation>Sigma ajustado</translation>
    </message>
    <message>
        <source>Second peak</source>
        <translation>Segundo pico</translation>
    </message>
    <message>
        <source>Target sigma</source>
        <translation>Sigma do alvo</translation>
    </message>
    <message>
        <source>No snapshots</source>
        <translation>Nenhum snapshot</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
</context>
<context>
    <name>kps::HeatmapGridView</name>
    <message>
        <source>All keypoints</source>
        <translation>Todos os pontos-chave</translation>
    </message>
    <message>
        <source>One keypoint</source>
        <translation>Um ponto-chave</translation>
    </message>
    <message>
        <source>Show every keypoint&apos;s heatmap as a tile, or one keypoint large with target, prediction and difference</source>
        <translation>Mostrar o mapa de calor de cada ponto-chave como um bloco, ou um ponto-chave ampliado com alvo, predição e diferença</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Alvo</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Predição</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferença</translation>
    </message>
    <message>
        <source>Which map the tiles show (difference = prediction − target)</source>
        <translation>Qual mapa os blocos mostram (diferença = predição − alvo)</translation>
    </message>
    <message>
        <source>Keypoint:</source>
        <translation>Ponto-chave:</translation>
    </message>
    <message>
        <source>Selected keypoint (click a tile to select it)</source>
        <translation>Ponto-chave selecionado (clique em um bloco para selecioná-lo)</translation>
    </message>
    <message>
        <source>On image</source>
        <translation>Sobre a imagem</translation>
    </message>
    <message>
        <source>Draw the heatmaps over the input image with the ground truth (x) and the prediction (o)</source>
        <translation>Desenhar os mapas de calor sobre a imagem de entrada com a referência (x) e a predição (o)</translation>
    </message>
    <message>
        <source>Keypoint %1: peak %2 at (%3, %4)</source>
        <translation>Ponto-chave %1: pico %2 em (%3, %4)</translation>
    </message>
    <message>
        <source>No heatmaps</source>
        <translation>Nenhum mapa de calor</translation>
    </message>
    <message>
        <source>Prediction − target</source>
        <translation>Predição − alvo</translation>
    </message>
    <message>
        <source>%1 (keypoint %2)</source>
        <translation>%1 (ponto-chave %2)</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Sem alvo</translation>
    </message>
</context>
<context>
    <name>kps::ImageDeltaTableModel</name>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Mean A (px)</source>
        <translation>Média A (px)</translation>
    </message>
    <message>
        <source>Mean B (px)</source>
        <translation>Média B (px)</translation>
    </message>
    <message>
        <source>B - A (px)</source>
        <translation>B - A (px)</translation>
    </message>
    <message>
        <source>B - A (orig px)</source>
        <translation>B - A (px orig.)</translation>
    </message>
</context>
<context>
    <name>kps::ImageErrorTableModel</name>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Mean (px)</source>
        <translation>Média (px)</translation>
    </message>
    <message>
        <source>Max (px)</source>
        <translation>Máx. (px)</translation>
    </message>
    <message>
        <source>Mean (orig px)</source>
        <translation>Média (px orig.)</translation>
    </message>
    <message>
        <source>kp %1</source>
        <translation>pc %1</translation>
    </message>
    <message>
        <source>Euclidean error of keypoint %1 in IMG pixels (empty: not visible)</source>
        <translation>Erro euclidiano do ponto-chave %1 em pixels IMG (vazio: não visível)</translation>
    </message>
</context>
<context>
    <name>kps::InspectComparePanel</name>
    <message>
        <source>model B: best.pt of another run, or a weights file</source>
        <translation>modelo B: best.pt de outra execução ou um arquivo de pesos</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Run (or load) model B on the same images and compare</source>
        <translation>Executar (ou carregar) o modelo B nas mesmas imagens e comparar</translation>
    </message>
    <message>
        <source>Choose model B</source>
        <translation>Escolher o modelo B</translation>
    </message>
</context>
<context>
    <name>kps::InspectController</name>
    <message>
        <source>Running the model…</source>
        <translation>Executando o modelo…</translation>
    </message>
    <message>
        <source>Loading cached results…</source>
        <translation>Carregando resultados em cache…</translation>
    </message>
    <message>
        <source>%1 of %2 images, about %3 s left</source>
        <translation>%1 de %2 imagens, faltam cerca de %3 s</translation>
    </message>
    <message>
        <source>%1 of %2 images</source>
        <translation>%1 de %2 imagens</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falhou: %1</translation>
    </message>
    <message>
        <source>Inspection failed: %1</source>
        <translation>A inspeção falhou: %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was cached.</source>
        <translation>Cancelado; nada foi armazenado em cache.</translation>
    </message>
    <message>
        <source>Inspection cancelled</source>
        <translation>Inspeção cancelada</translation>
    </message>
    <message>
        <source>Running model B…</source>
        <translation>Executando o modelo B…</translation>
    </message>
    <message>
        <source>Loading model B&apos;s cached results…</source>
        <translation>Carregando os resultados em cache do modelo B…</translation>
    </message>
    <message>
        <source>Model B: %1 of %2 images</source>
        <translation>Modelo B: %1 de %2 imagens</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Choose a model and a dataset first</source>
        <translation>Escolha primeiro um modelo e um conjunto de dados</translation>
    </message>
    <message>
        <source>No such model file: %1</source>
        <translation>Arquivo de modelo inexistente: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Loaded cached results: %1 images</source>
        <translation>Resultados em cache carregados: %1 imagens</translation>
    </message>
    <message>
        <source>Inspection finished: %1 images</source>
        <translation>Inspeção concluída: %1 imagens</translation>
    </message>
    <message>
        <source> (%1 problems)</source>
        <translation> (%1 problemas)</translation>
    </message>
    <message>
        <source>Choose model B (a weights file) and a dataset first</source>
        <translation>Escolha primeiro o modelo B (um arquivo de pesos) e um conjunto de dados</translation>
    </message>
    <message>
        <source>Model B is ready; run model A to compare</source>
        <translation>O modelo B está pronto; execute o modelo A para comparar</translation>
    </message>
    <message>
        <source>A: %1, B: %2; euclidean mean %3 -&gt; %4 px (B - A = %5)</source>
        <translation>A: %1, B: %2; média euclidiana %3 -&gt; %4 px (B - A = %5)</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Comparado</translation>
    </message>
    <message>
        <source>Predictions of %1 sent to the annotation editor</source>
        <translation>Predições de %1 enviadas ao editor de anotações</translation>
    </message>
</context>
<context>
    <name>kps::InspectErrorsPanel</name>
    <message>
        <source>All keypoints</source>
        <translation>Todos os pontos-chave</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>any error</source>
        <translation>qualquer erro</translation>
    </message>
    <message>
        <source>Only images whose error (of the chosen keypoint, or their largest) is above this, in IMG pixels</source>
        <translation>Somente imagens cujo erro (do ponto-chave escolhido, ou o maior delas) está acima deste valor, em pixels IMG</translation>
    </message>
    <message>
        <source>Keypoint:</source>
        <translation>Ponto-chave:</translation>
    </message>
    <message>
        <source>Error above:</source>
        <translation>Erro acima de:</translation>
    </message>
    <message>
        <source>Keypoint %1</source>
        <translation>Ponto-chave %1</translation>
    </message>
</context>
<context>
    <name>kps::InspectImagePanel</name>
    <message>
        <source>Original image</source>
        <translation>Imagem original</translation>
    </message>
    <message>
        <source>Model crop</source>
        <translation>Recorte do modelo</translation>
    </message>
    <message>
        <source>Show the original image or the model&apos;s input crop</source>
        <translation>Mostrar a imagem original ou o recorte de entrada do modelo</translation>
    </message>
    <message>
        <source>Error vectors</source>
        <translation>Vetores de erro</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Incerteza</translation>
    </message>
    <message>
        <source>2-sigma ellipse of the heatmap&apos;s SoftArgMax distribution; dashed red: multi-peak</source>
        <translation>Elipse de 2 sigma da distribuição SoftArgMax do mapa de calor; vermelho tracejado: múltiplos picos</translation>
    </message>
    <message>
        <source>Heatmap overlay</source>
        <translation>Sobreposição do mapa de calor</translation>
    </message>
    <message>
        <source>Overlay the selected keypoint&apos;s predicted heatmap</source>
        <translation>Sobrepor o mapa de calor predito do ponto-chave selecionado</translation>
    </message>
    <message>
        <source>Heatmap overlay opacity</source>
        <translation>Opacidade da sobreposição do mapa de calor</translation>
    </message>
    <message>
        <source>Correct this</source>
        <translation>Corrigir</translation>
    </message>
    <message>
        <source>Turn the predictions into an editable annotation of this image (undoable)</source>
        <translation>Transformar as predições em uma anotação editável desta imagem (pode ser desfeito)</translation>
    </message>
    <message>
        <source>Choose a model and a dataset, then Run</source>
        <translation>Escolha um modelo e um conjunto de dados e clique em Executar</translation>
    </message>
    <message>
        <source>%1 (%2 of %3), %4 x %5</source>
        <translation>%1 (%2 de %3), %4 x %5</translation>
    </message>
    <message>
        <source>; mean error %1 px (%2 original px), max %3 px</source>
        <translation>; erro médio %1 px (%2 px originais), máx. %3 px</translation>
    </message>
    <message>
        <source>; no ground truth</source>
        <translation>; sem referência</translation>
    </message>
    <message>
        <source>; pose: rotation error %1°, translation error %2</source>
        <translation>; pose: erro de rotação %1°, erro de translação %2</translation>
    </message>
    <message>
        <source>; pose not solved (%1)</source>
        <translation>; pose não resolvida (%1)</translation>
    </message>
</context>
<context>
    <name>kps::InspectPage</name>
    <message>
        <source>Run</source>
        <translation>Executar</translation>
    </message>
    <message>
        <source>Report folder</source>
        <translation>Pasta do relatório</translation>
    </message>
    <message>
        <source>Report failed: %1</source>
        <translation>Falha no relatório: %1</translation>
    </message>
    <message>
        <source>Keypoints</source>
        <translation>Pontos-chave</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Mapa de calor</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estatísticas</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erros</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>nothing to report: run an inspection first</source>
        <translation>nada a relatar: execute uma inspeção primeiro</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Gravando o relatório…</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>Relatório gravado: %1</translation>
    </message>
</context>
<context>
    <name>kps::InspectRunPanel</name>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>best.pt of a run, or any weights file</source>
        <translation>best.pt de uma execução ou qualquer arquivo de pesos</translation>
    </message>
    <message>
        <source>dataset folder</source>
        <translation>pasta do conjunto de dados</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Conjunto de dados:</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>Todas as imagens</translation>
    </message>
    <message>
        <source>Validation split of the run</source>
        <translation>Divisão de validação da execução</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>Imagens:</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Executar</translation>
    </message>
    <message>
        <source>Load the cached results, or run the model when there are none</source>
        <translation>Carregar os resultados em cache ou executar o modelo quando não houver nenhum</translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation>Executar de novo</translation>
    </message>
    <message>
        <source>Run the model again, replacing the cached results</source>
        <translation>Executar o modelo novamente, substituindo os resultados em cache</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exportar relatório…</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Escolher um modelo</translation>
    </message>
    <message>
        <source>Choose a dataset</source>
        <translation>Escolher um conjunto de dados</translation>
    </message>
    <message>
        <source>Weights (*.pt *.pth *.keras *.h5);;All files (*)</source>
        <translation>Pesos (*.pt *.pth *.keras *.h5);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>No split.json next to the model</source>
        <translation>Nenhum split.json ao lado do modelo</translation>
    </message>
</context>
<context>
    <name>kps::InspectStatisticsPanel</name>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>IMG px</source>
        <translation>px IMG</translation>
    </message>
    <message>
        <source>Original px</source>
        <translation>px originais</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>PCK</source>
        <translation>PCK</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histograma</translation>
    </message>
    <message>
        <source>Per keypoint</source>
        <translation>Por ponto-chave</translation>
    </message>
    <message>
        <source>Error vs peak</source>
        <translation>Erro vs pico</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Rotation error (deg)</source>
        <translation>Erro de rotação (graus)</translation>
    </message>
    <message>
        <source>Translation error</source>
        <translation>Erro de translação</translation>
    </message>
    <message>
        <source>Relative (%)</source>
        <translation>Relativo (%)</translation>
    </message>
    <message>
        <source>Reprojection (px)</source>
        <translation>Reprojeção (px)</translation>
    </message>
    <message>
        <source>Pose check</source>
        <translation>Verificação de pose</translation>
    </message>
    <message>
        <source>Visible keypoints</source>
        <translation>Pontos-chave visíveis</translation>
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
        <translation>Média euclidiana</translation>
    </message>
    <message>
        <source>Euclidean median</source>
        <translation>Mediana euclidiana</translation>
    </message>
    <message>
        <source>Euclidean P95</source>
        <translation>P95 euclidiano</translation>
    </message>
    <message>
        <source>Euclidean RMSE</source>
        <translation>RMSE euclidiano</translation>
    </message>
    <message>
        <source>Euclidean max</source>
        <translation>Máximo euclidiano</translation>
    </message>
    <message>
        <source>PCK@%1 px (%)</source>
        <translation>PCK@%1 px (%)</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <source>Annotated images</source>
        <translation>Imagens anotadas</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>original px</source>
        <translation>px originais</translation>
    </message>
    <message>
        <source>Mean error (IMG px)</source>
        <translation>Erro médio (px IMG)</translation>
    </message>
    <message>
        <source>Heatmap peak</source>
        <translation>Pico do mapa de calor</translation>
    </message>
    <message>
        <source>Error (IMG px)</source>
        <translation>Erro (px IMG)</translation>
    </message>
    <message>
        <source>Pose check not available: it needs vertex_coordinates in the mesh and a camera block in the annotations.</source>
        <translation>Verificação de pose indisponível: requer vertex_coordinates na malha e um bloco camera nas anotações.</translation>
    </message>
    <message>
        <source>Pose check (PnP from predicted visible keypoints): %1 of %2 images solved; rotation error mean %3°, median %4°; translation error mean %5, median %6 (median %7 % of the distance)</source>
        <translation>Verificação de pose (PnP a partir dos pontos-chave visíveis preditos): %1 de %2 imagens resolvidas; erro de rotação médio %3°, mediano %4°; erro de translação médio %5, mediano %6 (mediano %7 % da distância)</translation>
    </message>
</context>
<context>
    <name>kps::KeypointBarPlot</name>
    <message>
        <source>Keypoint</source>
        <translation>Ponto-chave</translation>
    </message>
</context>
<context>
    <name>kps::KeypointImageView</name>
    <message>
        <source>Keypoint %1 at (%2, %3)</source>
        <translation>Ponto-chave %1 em (%2, %3)</translation>
    </message>
    <message>
        <source>Keypoint %1 (not visible) at (%2, %3)</source>
        <translation>Ponto-chave %1 (não visível) em (%2, %3)</translation>
    </message>
</context>
<context>
    <name>kps::KeypointTableModel</name>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>behind camera</source>
        <translation>atrás da câmera</translation>
    </message>
    <message>
        <source>outside view</source>
        <translation>fora da imagem</translation>
    </message>
    <message>
        <source>visible</source>
        <translation>visível</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>oculto</translation>
    </message>
    <message>
        <source>Keypoint %1 is not in the annotation: type coordinates or use Edit &gt; Place keypoint to add it.</source>
        <translation>O ponto-chave %1 não está na anotação: digite as coordenadas ou use Editar &gt; Colocar ponto-chave para adicioná-lo.</translation>
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
        <translation>Visível</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>kps::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Recent datasets</source>
        <translation>Conjuntos de dados &amp;recentes</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Overlays</source>
        <translation>&amp;Sobreposições</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Open dataset…</source>
        <translation>&amp;Abrir conjunto de dados…</translation>
    </message>
    <message>
        <source>Open a dataset folder in the 4SP layout</source>
        <translation>Abrir uma pasta de conjunto de dados no formato 4SP</translation>
    </message>
    <message>
        <source>Open &amp;demo dataset</source>
        <translation>Abrir conjunto de dados de &amp;demonstração</translation>
    </message>
    <message>
        <source>Open the built-in synthetic spacecraft dataset (generated on first use)</source>
        <translation>Abrir o conjunto de dados sintético de espaçonave embutido (gerado no primeiro uso)</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Limpar lista</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;About Keypoint Studio</source>
        <translation>&amp;Sobre o Keypoint Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>Open dataset</source>
        <translation>Abrir conjunto de dados</translation>
    </message>
    <message>
        <source>&amp;%1 %2  (%3)</source>
        <translation>&amp;%1 %2  (%3)</translation>
    </message>
    <message>
        <source>Pane&amp;ls</source>
        <translation>&amp;Painéis</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;New synthetic dataset…</source>
        <translation>&amp;Novo conjunto de dados sintético…</translation>
    </message>
    <message>
        <source>Render a synthetic spacecraft dataset and open it</source>
        <translation>Renderizar um conjunto de dados sintético de espaçonave e abri-lo</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atalhos de &amp;teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atalho</translation>
    </message>
    <message>
        <source>Mouse: drag a keypoint to move it; drag the image to pan; wheel to zoom.</source>
        <translation>Mouse: arraste um ponto-chave para movê-lo; arraste a imagem para deslocar; roda para ampliar.</translation>
    </message>
    <message>
        <source>Open training run</source>
        <translation>Abrir execução de treinamento</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>Modos</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>Browse and annotate the dataset (Ctrl+1)</source>
        <translation>Navegar pelo conjunto de dados e anotá-lo (Ctrl+1)</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Treinar</translation>
    </message>
    <message>
        <source>Train a model and watch it learn (Ctrl+2)</source>
        <translation>Treinar um modelo e acompanhar o aprendizado (Ctrl+2)</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspecionar</translation>
    </message>
    <message>
        <source>Run a model over the dataset: errors, heatmaps, statistics, reports (Ctrl+3)</source>
        <translation>Executar um modelo sobre o conjunto de dados: erros, mapas de calor, estatísticas, relatórios (Ctrl+3)</translation>
    </message>
    <message>
        <source>Open training &amp;run…</source>
        <translation>Abrir &amp;execução de treinamento…</translation>
    </message>
    <message>
        <source>Show a run directory&apos;s curves and heatmaps; follow it live while it trains</source>
        <translation>Mostrar as curvas e os mapas de calor de um diretório de execução; acompanhá-lo ao vivo durante o treinamento</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>Language of the user interface</source>
        <translation>Idioma da interface do usuário</translation>
    </message>
    <message>
        <source>User &amp;guide (README)</source>
        <translation>&amp;Guia do usuário (README)</translation>
    </message>
    <message>
        <source>Open the README shipped with Keypoint Studio</source>
        <translation>Abrir o README distribuído com o Keypoint Studio</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>Treinamento em andamento</translation>
    </message>
    <message>
        <source>Stop training and quit? The run stops after the current batch and can be resumed later (Train &gt; Resume run).</source>
        <translation>Parar o treinamento e sair? A execução para após o lote atual e pode ser retomada depois (Treinar &gt; Retomar execução).</translation>
    </message>
    <message>
        <source>&amp;Export model…</source>
        <translation>&amp;Exportar modelo…</translation>
    </message>
    <message>
        <source>Write the model as ONNX and verify it with OpenCV DNN against LibTorch</source>
        <translation>Gravar o modelo como ONNX e verificá-lo com o OpenCV DNN contra o LibTorch</translation>
    </message>
    <message>
        <source>Exported and verified %1</source>
        <translation>%1 exportado e verificado</translation>
    </message>
    <message>
        <source>ONNX export failed; see the Export model dialog</source>
        <translation>A exportação ONNX falhou; veja o diálogo Exportar modelo</translation>
    </message>
</context>
<context>
    <name>kps::MaterialModeCombo</name>
    <message>
        <source>Fixed (every face keeps its colour)</source>
        <translation>Fixas (cada face mantém sua cor)</translation>
    </message>
    <message>
        <source>Random (new colours in every image)</source>
        <translation>Aleatórias (novas cores em cada imagem)</translation>
    </message>
    <message>
        <source>Fixed gives the spacecraft one livery, as a real one has, so a model can tell its faces (and symmetric corners) apart by colour. Random draws every face&apos;s colour anew for each image.</source>
        <translation>Fixas dá à espaçonave uma pintura única, como a de uma real, para que um modelo distinga suas faces (e cantos simétricos) pela cor. Aleatórias sorteia de novo a cor de cada face em cada imagem.</translation>
    </message>
</context>
<context>
    <name>kps::MetricDeltaTableModel</name>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
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
        <translation>Mover ponto-chave %1 para (%2, %3)</translation>
    </message>
</context>
<context>
    <name>kps::NewDatasetDialog</name>
    <message>
        <source>New synthetic dataset</source>
        <translation>Novo conjunto de dados sintético</translation>
    </message>
    <message>
        <source>Built-in spacecraft</source>
        <translation>Espaçonave embutida</translation>
    </message>
    <message>
        <source>From file (mesh_information.json or .obj)</source>
        <translation>De arquivo (mesh_information.json ou .obj)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Occlusion (ray test against every face)</source>
        <translation>Oclusão (teste de raio contra cada face)</translation>
    </message>
    <message>
        <source>4SP (faces turned toward the camera)</source>
        <translation>4SP (faces voltadas para a câmera)</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>&amp;Imagens:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Semente:</translation>
    </message>
    <message>
        <source>&amp;Mesh:</source>
        <translation>&amp;Malha:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolução:</translation>
    </message>
    <message>
        <source>&amp;Visibility rule:</source>
        <translation>Regra de &amp;visibilidade:</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>&amp;Pasta de saída:</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Gerar</translation>
    </message>
    <message>
        <source>Mesh file</source>
        <translation>Arquivo de malha</translation>
    </message>
    <message>
        <source>Meshes (*.json *.obj);;All files (*)</source>
        <translation>Malhas (*.json *.obj);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Pasta de saída</translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation>Escolha uma pasta de saída.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 é um arquivo, não uma pasta.</translation>
    </message>
    <message>
        <source>The output folder must be new or empty.</source>
        <translation>A pasta de saída deve ser nova ou vazia.</translation>
    </message>
    <message>
        <source>Choose a mesh file.</source>
        <translation>Escolha um arquivo de malha.</translation>
    </message>
    <message numerus="yes">
        <source>Rendering %n image(s)…</source>
        <translation>
            <numerusform>Renderizando %n imagem…</numerusform>
            <numerusform>Renderizando %n imagens…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) written.</source>
        <translation>
            <numerusform>%n imagem gravada.</numerusform>
            <numerusform>%n imagens gravadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The dataset could not be created: %1</source>
        <translation>Não foi possível criar o conjunto de dados: %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept.</source>
        <translation>Cancelado; nada foi mantido.</translation>
    </message>
    <message>
        <source>M&amp;aterials:</source>
        <translation>M&amp;ateriais:</translation>
    </message>
</context>
<context>
    <name>kps::OnnxExportJob</name>
    <message>
        <source>Writing the ONNX graph…</source>
        <translation>Gravando o grafo ONNX…</translation>
    </message>
    <message>
        <source>Verifying with OpenCV DNN against LibTorch…</source>
        <translation>Verificando com o OpenCV DNN contra o LibTorch…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Loading the weights…</source>
        <translation>Carregando os pesos…</translation>
    </message>
</context>
<context>
    <name>kps::PckCurvePlot</name>
    <message>
        <source>Correct keypoints (%)</source>
        <translation>Pontos-chave corretos (%)</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>Threshold (%1)</source>
        <translation>Limiar (%1)</translation>
    </message>
</context>
<context>
    <name>kps::PlaceKeypointCommand</name>
    <message>
        <source>Place keypoint %1 at (%2, %3)</source>
        <translation>Colocar ponto-chave %1 em (%2, %3)</translation>
    </message>
</context>
<context>
    <name>kps::PredictionKeypointTableModel</name>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>The heatmap has a second peak: SoftArgMax averages the two and may land between them.</source>
        <translation>O mapa de calor tem um segundo pico: o SoftArgMax calcula a média dos dois e pode cair entre eles.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>GT x</source>
        <translation>Ref. x</translation>
    </message>
    <message>
        <source>GT y</source>
        <translation>Ref. y</translation>
    </message>
    <message>
        <source>Pred x</source>
        <translation>Pred. x</translation>
    </message>
    <message>
        <source>Pred y</source>
        <translation>Pred. y</translation>
    </message>
    <message>
        <source>Error (px)</source>
        <translation>Erro (px)</translation>
    </message>
    <message>
        <source>Error (orig px)</source>
        <translation>Erro (px orig.)</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Pico</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersão</translation>
    </message>
    <message>
        <source>Multi-peak</source>
        <translation>Múltiplos picos</translation>
    </message>
</context>
<context>
    <name>kps::PredictionOverlay</name>
    <message>
        <source>Keypoint %1 prediction, peak %2</source>
        <translation>Predição do ponto-chave %1, pico %2</translation>
    </message>
    <message>
        <source>Keypoint %1: multi-peak heatmap</source>
        <translation>Ponto-chave %1: mapa de calor com múltiplos picos</translation>
    </message>
    <message>
        <source>Keypoint %1: 2-sigma uncertainty</source>
        <translation>Ponto-chave %1: incerteza de 2 sigma</translation>
    </message>
</context>
<context>
    <name>kps::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The language changes at once; --lang on the command line overrides it.</source>
        <translation>O idioma muda imediatamente; --lang na linha de comando tem prioridade.</translation>
    </message>
    <message>
        <source>The language changes at the next start; --lang on the command line overrides it.</source>
        <translation>O idioma muda na próxima inicialização; --lang na linha de comando tem prioridade.</translation>
    </message>
</context>
<context>
    <name>kps::ProblemTableModel</name>
    <message>
        <source>Info</source>
        <translation>Informação</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>kps::RunFollower</name>
    <message>
        <source>epoch %1: loss %2 (focal %3, L1 %4), val %5, PCK@2 %6%, PCK@5 %7%, error %8 px, lr %9</source>
        <translation>época %1: perda %2 (focal %3, L1 %4), val %5, PCK@2 %6%, PCK@5 %7%, erro %8 px, lr %9</translation>
    </message>
    <message>
        <source>  (best)</source>
        <translation>  (melhor)</translation>
    </message>
    <message>
        <source>run started on %1: epochs %2-%3</source>
        <translation>execução iniciada em %1: épocas %2-%3</translation>
    </message>
    <message>
        <source>stopped in epoch %1 after batch %2</source>
        <translation>interrompido na época %1 após o lote %2</translation>
    </message>
    <message>
        <source>finished %1 epochs</source>
        <translation>%1 épocas concluídas</translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation>execução %1: %2</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>retomado</translation>
    </message>
    <message>
        <source>training</source>
        <translation>treinando</translation>
    </message>
    <message>
        <source>%1 on %2 (%3 threads, %10): %4 training / %5 validation images, %6 keypoints, batch %7, epochs %8-%9</source>
        <translation>%1 em %2 (%3 threads, %10): %4 imagens de treino / %5 de validação, %6 pontos-chave, lote %7, épocas %8-%9</translation>
    </message>
    <message>
        <source>bf16 mixed precision</source>
        <translation>precisão mista bf16</translation>
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
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>No image for this annotation</source>
        <translation>Nenhuma imagem para esta anotação</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Imagem: %1</translation>
    </message>
    <message>
        <source>Size: %1 x %2 px</source>
        <translation>Tamanho: %1 x %2 px</translation>
    </message>
    <message numerus="yes">
        <source>%n visible keypoint(s), %1 inside the model crop</source>
        <translation>
            <numerusform>%n ponto-chave visível, %1 dentro do recorte do modelo</numerusform>
            <numerusform>%n pontos-chave visíveis, %1 dentro do recorte do modelo</numerusform>
        </translation>
    </message>
    <message>
        <source>Not annotated</source>
        <translation>Sem anotação</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): see the Problems panel</source>
        <translation>
            <numerusform>%n problema: veja o painel Problemas</numerusform>
            <numerusform>%n problemas: veja o painel Problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Annotated</source>
        <translation>Anotada</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Visíveis</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>File name without extension (the stem pairs image and annotation)</source>
        <translation>Nome do arquivo sem extensão (o radical associa imagem e anotação)</translation>
    </message>
    <message>
        <source>Whether a valid annotation JSON exists for the image</source>
        <translation>Se existe um JSON de anotação válido para a imagem</translation>
    </message>
    <message>
        <source>Keypoints listed as visible in the annotation</source>
        <translation>Pontos-chave listados como visíveis na anotação</translation>
    </message>
    <message>
        <source>Warnings and errors found for this sample&apos;s files</source>
        <translation>Avisos e erros encontrados nos arquivos desta amostra</translation>
    </message>
</context>
<context>
    <name>kps::SamplesPanel</name>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n imagem</numerusform>
            <numerusform>%n imagens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s) shown</source>
        <translation>
            <numerusform>%1 de %n imagem exibidas</numerusform>
            <numerusform>%1 de %n imagens exibidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation>Filtrar por nome…</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>Todas as imagens</translation>
    </message>
    <message>
        <source>Annotated</source>
        <translation>Anotada</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>Sem anotação</translation>
    </message>
    <message>
        <source>With problems</source>
        <translation>Com problemas</translation>
    </message>
</context>
<context>
    <name>kps::ScreenshotTour</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: não foi possível criar a pasta</translation>
    </message>
    <message>
        <source>%1: not ready after %2 s</source>
        <translation>%1: não ficou pronto após %2 s</translation>
    </message>
    <message>
        <source>%1: cannot write the screenshot</source>
        <translation>%1: não foi possível gravar a captura de tela</translation>
    </message>
</context>
<context>
    <name>kps::SetKeypointVisibilityCommand</name>
    <message>
        <source>Mark keypoint %1 visible</source>
        <translation>Marcar ponto-chave %1 como visível</translation>
    </message>
    <message>
        <source>Mark keypoint %1 not visible</source>
        <translation>Marcar ponto-chave %1 como não visível</translation>
    </message>
</context>
<context>
    <name>kps::SyntheticDatasetJob</name>
    <message>
        <source>Unknown visibility rule &quot;%1&quot;</source>
        <translation>Regra de visibilidade desconhecida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unknown material mode &quot;%1&quot;</source>
        <translation>Modo de material desconhecido &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>kps::TrainPage</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Controles</translation>
    </message>
    <message>
        <source>Heatmap evolution</source>
        <translation>Evolução dos mapas de calor</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Start a new run with these settings in the run folder.</source>
        <translation>Iniciar uma nova execução com estas configurações na pasta da execução.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause after the current batch; click again to continue.</source>
        <translation>Pausar após o lote atual; clique novamente para continuar.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop after the current batch. The run stays resumable (Resume run…).</source>
        <translation>Parar após o lote atual. A execução pode ser retomada (Retomar execução…).</translation>
    </message>
    <message>
        <source>Resume run…</source>
        <translation>Retomar execução…</translation>
    </message>
    <message>
        <source>Continue a stopped run, or train a finished one further.</source>
        <translation>Continuar uma execução interrompida ou continuar treinando uma concluída.</translation>
    </message>
    <message>
        <source>Open run…</source>
        <translation>Abrir execução…</translation>
    </message>
    <message>
        <source>Show a run&apos;s curves and heatmap evolution (e.g. one trained with kpstudio on a server); a run still being written is followed live.</source>
        <translation>Mostrar as curvas e a evolução dos mapas de calor de uma execução (p. ex. uma treinada com kpstudio em um servidor); uma execução ainda em gravação é acompanhada ao vivo.</translation>
    </message>
    <message>
        <source>Epoch %v / %m</source>
        <translation>Época %v / %m</translation>
    </message>
    <message>
        <source>Batch %v / %m</source>
        <translation>Lote %v / %m</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>Amostra:</translation>
    </message>
    <message>
        <source>The run&apos;s fixed snapshot images (validation samples).</source>
        <translation>As imagens fixas de snapshot da execução (amostras de validação).</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Não foi possível iniciar: %1</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>Execução: %1</translation>
    </message>
    <message>
        <source>Open training run</source>
        <translation>Abrir execução de treinamento</translation>
    </message>
    <message>
        <source>Resume training run</source>
        <translation>Retomar execução de treinamento</translation>
    </message>
    <message>
        <source>Epochs of the main phase (raise it to train a finished run further):</source>
        <translation>Épocas da fase principal (aumente o valor para continuar treinando uma execução concluída):</translation>
    </message>
    <message>
        <source>ETA %1 · %2 img/s · loss %3</source>
        <translation>Tempo restante %1 · %2 img/s · perda %3</translation>
    </message>
    <message>
        <source>%1 (sample %2)</source>
        <translation>%1 (amostra %2)</translation>
    </message>
    <message>
        <source>A run with several processes cannot pause: Stop keeps it resumable, with any number of processes.</source>
        <translation>Uma execução com vários processos não pode pausar: Parar a mantém retomável, com qualquer número de processos.</translation>
    </message>
</context>
<context>
    <name>kps::TrainingConfigForm</name>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>Receita</translation>
    </message>
    <message>
        <source>cpu-fast (fastest on a CPU)</source>
        <translation>cpu-fast (o mais rápido numa CPU)</translation>
    </message>
    <message>
        <source>seed (the seed&apos;s train_vis.py)</source>
        <translation>seed (o train_vis.py da referência)</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Partir de:</translation>
    </message>
    <message>
        <source>Fills every field below with a recipe: cpu-fast is the fastest recipe of the training study on a 2-core CPU; seed is exactly the seed&apos;s (ResNet-50, batch 128, plateau schedule), the GPU default. Fields changed afterwards are kept in the run&apos;s config.</source>
        <translation>Preenche todos os campos abaixo com uma receita: cpu-fast é a receita mais rápida do estudo de treinamento numa CPU de 2 núcleos; seed é exatamente a da referência (ResNet-50, lote 128, agenda por platô), o padrão em GPU. Campos alterados depois ficam na configuração da execução.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>New synthetic images every epoch</source>
        <translation>Novas imagens sintéticas a cada época</translation>
    </message>
    <message>
        <source>Synthetic data:</source>
        <translation>Dados sintéticos:</translation>
    </message>
    <message>
        <source>Train on an endless stream of generated images of the built-in spacecraft, rendered at the model&apos;s input size, instead of a dataset folder; validation uses a fixed generated set that goes through the full preprocessing.</source>
        <translation>Treina com um fluxo sem fim de imagens geradas da espaçonave embutida, renderizadas no tamanho de entrada do modelo, em vez de uma pasta de dataset; a validação usa um conjunto gerado fixo que passa por todo o pré-processamento.</translation>
    </message>
    <message>
        <source>Images per epoch:</source>
        <translation>Imagens por época:</translation>
    </message>
    <message>
        <source>Synthetic training images rendered for each epoch.</source>
        <translation>Imagens sintéticas de treinamento renderizadas para cada época.</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Conjunto de dados:</translation>
    </message>
    <message>
        <source>Dataset folder</source>
        <translation>Pasta do conjunto de dados</translation>
    </message>
    <message>
        <source>Dataset folder in the 4SP layout (Rendered_Images, JSON_Data_REF, Object_Information).</source>
        <translation>Pasta do conjunto de dados no formato 4SP (Rendered_Images, JSON_Data_REF, Object_Information).</translation>
    </message>
    <message>
        <source>Run folder:</source>
        <translation>Pasta da execução:</translation>
    </message>
    <message>
        <source>New run folder</source>
        <translation>Nova pasta de execução</translation>
    </message>
    <message>
        <source>Folder the new run is written to (config.json, training_log.csv, events.jsonl, weights, snapshots). It must not hold a run already.</source>
        <translation>Pasta em que a nova execução é gravada (config.json, training_log.csv, events.jsonl, pesos, snapshots). Ela não pode já conter uma execução.</translation>
    </message>
    <message>
        <source>Validation split:</source>
        <translation>Divisão de validação:</translation>
    </message>
    <message>
        <source>Fraction of the annotated images held out for validation (split by the seed, kept on resume).</source>
        <translation>Fração das imagens anotadas reservada para validação (dividida pela semente, mantida ao retomar).</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Semente:</translation>
    </message>
    <message>
        <source>Random seed for the split, the initial weights, shuffling and augmentation: the same seed reproduces a run.</source>
        <translation>Semente aleatória para a divisão, os pesos iniciais, o embaralhamento e o aumento de dados: a mesma semente reproduz uma execução.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Predefinição:</translation>
    </message>
    <message>
        <source>seed: ResNet-50 with the seed&apos;s wide decoder (GPU); small: ResNet-18 with a narrow decoder (CPU); tiny: for quick tests.</source>
        <translation>seed: ResNet-50 com o decodificador largo do seed (GPU); small: ResNet-18 com um decodificador estreito (CPU); tiny: para testes rápidos.</translation>
    </message>
    <message>
        <source>Backbone:</source>
        <translation>Backbone:</translation>
    </message>
    <message>
        <source>ResNet encoder. A backbone other than the preset&apos;s makes a custom model with the preset&apos;s decoder.</source>
        <translation>Codificador ResNet. Um backbone diferente do da predefinição gera um modelo personalizado com o decodificador da predefinição.</translation>
    </message>
    <message>
        <source>none (random initialisation)</source>
        <translation>nenhum (inicialização aleatória)</translation>
    </message>
    <message>
        <source>Pretrained weights:</source>
        <translation>Pesos pré-treinados:</translation>
    </message>
    <message>
        <source>ImageNet backbone weights</source>
        <translation>Pesos ImageNet do backbone</translation>
    </message>
    <message>
        <source>ImageNet weights (*.pth *.pt *.h5);;All files (*)</source>
        <translation>Pesos ImageNet (*.pth *.pt *.h5);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>torchvision ImageNet weights (.pth) of the chosen ResNet, or Keras ResNet50 weights (.h5) for resnet50_keras, for the backbone; empty = random init.</source>
        <translation>Pesos ImageNet do torchvision (.pth) da ResNet escolhida, ou pesos ResNet50 do Keras (.h5) para resnet50_keras, para o backbone; vazio = inicialização aleatória.</translation>
    </message>
    <message>
        <source>Auto (frozen with pretrained weights)</source>
        <translation>Auto (congelado com pesos pré-treinados)</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Congelado</translation>
    </message>
    <message>
        <source>Trainable</source>
        <translation>Treinável</translation>
    </message>
    <message>
        <source>Backbone in main phase:</source>
        <translation>Backbone na fase principal:</translation>
    </message>
    <message>
        <source>Whether the main phase trains the backbone. Freezing random features cripples a model, so Auto freezes only imported ImageNet weights.</source>
        <translation>Se a fase principal treina o backbone. Congelar características aleatórias prejudica um modelo, por isso Auto congela apenas pesos ImageNet importados.</translation>
    </message>
    <message>
        <source>Input size (IMG):</source>
        <translation>Tamanho da entrada (IMG):</translation>
    </message>
    <message>
        <source>Network input side in pixels; a multiple of 32.</source>
        <translation>Lado da entrada da rede em pixels; múltiplo de 32.</translation>
    </message>
    <message>
        <source>Heatmap size (HEAT):</source>
        <translation>Tamanho do mapa de calor (HEAT):</translation>
    </message>
    <message>
        <source>Side of the predicted heatmaps in pixels.</source>
        <translation>Lado dos mapas de calor preditos em pixels.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Cronograma</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>Épocas:</translation>
    </message>
    <message>
        <source>Epochs of the main phase.</source>
        <translation>Épocas da fase principal.</translation>
    </message>
    <message>
        <source>Device default</source>
        <translation>Padrão do dispositivo</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>Tamanho do lote:</translation>
    </message>
    <message>
        <source>Images per batch; Device default = 128 on a GPU, 32 on the CPU.</source>
        <translation>Imagens por lote; Padrão do dispositivo = 128 em uma GPU, 32 na CPU.</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>Taxa de aprendizado:</translation>
    </message>
    <message>
        <source>Adam learning rate of the main phase, e.g. 5e-4. Reduced on plateaus of the validation loss.</source>
        <translation>Taxa de aprendizado do Adam na fase principal, p. ex. 5e-4. Reduzida nos platôs da perda de validação.</translation>
    </message>
    <message>
        <source>Fine-tune the whole network afterwards</source>
        <translation>Fazer depois o ajuste fino da rede inteira</translation>
    </message>
    <message>
        <source>Fine-tune:</source>
        <translation>Ajuste fino:</translation>
    </message>
    <message>
        <source>A second phase with the backbone unfrozen and a small learning rate.</source>
        <translation>Uma segunda fase com o backbone descongelado e uma taxa de aprendizado pequena.</translation>
    </message>
    <message>
        <source>Fine-tune epochs:</source>
        <translation>Épocas do ajuste fino:</translation>
    </message>
    <message>
        <source>Epochs of the fine-tune phase.</source>
        <translation>Épocas da fase de ajuste fino.</translation>
    </message>
    <message>
        <source>Fine-tune learning rate:</source>
        <translation>Taxa de aprendizado do ajuste fino:</translation>
    </message>
    <message>
        <source>Learning rate of the fine-tune phase, e.g. 2e-6.</source>
        <translation>Taxa de aprendizado da fase de ajuste fino, p. ex. 2e-6.</translation>
    </message>
    <message>
        <source>Reduce on plateau</source>
        <translation>Reduzir no platô</translation>
    </message>
    <message>
        <source>Warm-up + cosine</source>
        <translation>Aquecimento + cosseno</translation>
    </message>
    <message>
        <source>LR schedule:</source>
        <translation>Agenda da taxa:</translation>
    </message>
    <message>
        <source>Reduce on plateau: the seed&apos;s (factor 0.8 after 10 epochs without validation-loss gain). Warm-up + cosine: a linear warm-up, then a cosine decay over the planned epochs.</source>
        <translation>Reduzir no platô: a agenda da referência (fator 0,8 após 10 épocas sem ganho na perda de validação). Aquecimento + cosseno: um aquecimento linear, depois um decaimento em cosseno ao longo das épocas planejadas.</translation>
    </message>
    <message>
        <source>Warm-up epochs:</source>
        <translation>Épocas de aquecimento:</translation>
    </message>
    <message>
        <source>Epochs of linear learning-rate warm-up (cosine schedule).</source>
        <translation>Épocas de aquecimento linear da taxa de aprendizado (agenda em cosseno).</translation>
    </message>
    <message>
        <source>Lowest mean error</source>
        <translation>Menor erro médio</translation>
    </message>
    <message>
        <source>Lowest validation loss</source>
        <translation>Menor perda de validação</translation>
    </message>
    <message>
        <source>Highest PCK@2 (128-px)</source>
        <translation>Maior PCK@2 (128 px)</translation>
    </message>
    <message>
        <source>Highest PCK@5 (128-px)</source>
        <translation>Maior PCK@5 (128 px)</translation>
    </message>
    <message>
        <source>Best checkpoint:</source>
        <translation>Melhor checkpoint:</translation>
    </message>
    <message>
        <source>Which validation number picks best.pt. The validation loss (the seed&apos;s choice) rises again while the coordinates keep improving, so the mean error is the default.</source>
        <translation>Qual número da validação escolhe o best.pt. A perda de validação (a escolha da referência) volta a subir enquanto as coordenadas continuam melhorando; por isso o erro médio é o padrão.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>Early stopping:</source>
        <translation>Parada antecipada:</translation>
    </message>
    <message>
        <source>End a phase after this many epochs without validation-loss improvement; Off = never.</source>
        <translation>Encerrar uma fase após este número de épocas sem melhora da perda de validação; Desativado = nunca.</translation>
    </message>
    <message>
        <source>Loss and BatchNorm</source>
        <translation>Perda e BatchNorm</translation>
    </message>
    <message>
        <source>Seed: -log p_t</source>
        <translation>Referência: -log p_t</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>Entropia cruzada binária</translation>
    </message>
    <message>
        <source>Focal loss form:</source>
        <translation>Forma da focal loss:</translation>
    </message>
    <message>
        <source>Both weigh pixels by alpha_t (1 - p_t)^2. Seed: times -log p_t (the seed&apos;s loss); binary cross-entropy: times the BCE of the soft Gaussian target (Keras&apos;s focal loss).</source>
        <translation>Ambas ponderam os pixels por alpha_t (1 - p_t)^2. Referência: vezes -log p_t (a perda da referência); entropia cruzada binária: vezes a BCE do alvo gaussiano suave (a focal loss do Keras).</translation>
    </message>
    <message>
        <source>Decoder BN momentum:</source>
        <translation>Momento do BN do decodificador:</translation>
    </message>
    <message>
        <source>Weight of each new batch in the decoder&apos;s BatchNorm running statistics (PyTorch convention). The seed&apos;s Keras default 0.01 lags far behind weights that move fast.</source>
        <translation>Peso de cada novo lote nas estatísticas móveis do BatchNorm do decodificador (convenção do PyTorch). O padrão 0,01 do Keras usado pela referência fica muito atrás de pesos que mudam rápido.</translation>
    </message>
    <message>
        <source>BN recalibration:</source>
        <translation>Recalibração do BN:</translation>
    </message>
    <message>
        <source>Before each validation, re-estimate the BatchNorm statistics on this many training batches.</source>
        <translation>Antes de cada validação, reestimar as estatísticas do BatchNorm com este número de lotes de treinamento.</translation>
    </message>
    <message>
        <source>Augmentation (photometric)</source>
        <translation>Aumento de dados (fotométrico)</translation>
    </message>
    <message>
        <source>Blur probability:</source>
        <translation>Probabilidade de desfoque:</translation>
    </message>
    <message>
        <source>Chance per image of a Gaussian blur; 0 = never.</source>
        <translation>Probabilidade por imagem de um desfoque gaussiano; 0 = nunca.</translation>
    </message>
    <message>
        <source>Blur max sigma:</source>
        <translation>Sigma máximo do desfoque:</translation>
    </message>
    <message>
        <source>The blur&apos;s sigma is drawn in [0.3, max] input pixels.</source>
        <translation>O sigma do desfoque é sorteado em [0.3, máx.] pixels de entrada.</translation>
    </message>
    <message>
        <source>Darkening probability:</source>
        <translation>Probabilidade de escurecimento:</translation>
    </message>
    <message>
        <source>Chance per image of a brightness reduction; 0 = never.</source>
        <translation>Probabilidade por imagem de uma redução de brilho; 0 = nunca.</translation>
    </message>
    <message>
        <source>Brightness min factor:</source>
        <translation>Fator mínimo de brilho:</translation>
    </message>
    <message>
        <source>Pixel values are scaled by a factor in [min, max].</source>
        <translation>Os valores dos pixels são multiplicados por um fator em [mín., máx.].</translation>
    </message>
    <message>
        <source>Brightness max factor:</source>
        <translation>Fator máximo de brilho:</translation>
    </message>
    <message>
        <source>Upper end of the brightness factor (at most 1).</source>
        <translation>Limite superior do fator de brilho (no máximo 1).</translation>
    </message>
    <message>
        <source>Hardware and output</source>
        <translation>Hardware e saída</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Dispositivo:</translation>
    </message>
    <message>
        <source>Auto uses the first GPU when there is one, else the CPU.</source>
        <translation>Auto usa a primeira GPU quando houver uma; caso contrário, a CPU.</translation>
    </message>
    <message>
        <source>All cores but one</source>
        <translation>Todos os núcleos menos um</translation>
    </message>
    <message>
        <source>CPU threads:</source>
        <translation>Threads de CPU:</translation>
    </message>
    <message>
        <source>Threads of the training on the CPU. One core stays free by default so the window stays responsive.</source>
        <translation>Threads do treinamento na CPU. Por padrão, um núcleo fica livre para que a janela continue respondendo.</translation>
    </message>
    <message>
        <source>Processes:</source>
        <translation>Processos:</translation>
    </message>
    <message>
        <source>Data-parallel ranks (kpstudio train --nproc): more than one trains in separate processes that split each batch and average their gradients, one per GPU or CPU processes sharing the cores. The page follows the run; Stop stops every process.</source>
        <translation>Ranks paralelos em dados (kpstudio train --nproc): com mais de um, processos separados dividem cada lote e fazem a média dos gradientes, um por GPU ou processos de CPU dividindo os núcleos. A página acompanha a execução; Parar para todos os processos.</translation>
    </message>
    <message>
        <source>e.g. 0,1 (one process per GPU)</source>
        <translation>ex.: 0,1 (um processo por GPU)</translation>
    </message>
    <message>
        <source>GPUs:</source>
        <translation>GPUs:</translation>
    </message>
    <message>
        <source>CUDA devices to train on, one process each (CUDA_VISIBLE_DEVICES); empty = the device above with the number of processes.</source>
        <translation>Dispositivos CUDA para treinar, um processo cada (CUDA_VISIBLE_DEVICES); vazio = o dispositivo acima com o número de processos.</translation>
    </message>
    <message>
        <source>Snapshot samples:</source>
        <translation>Amostras de snapshot:</translation>
    </message>
    <message>
        <source>Fixed validation images whose heatmaps are saved for the heatmap evolution view.</source>
        <translation>Imagens de validação fixas cujos mapas de calor são salvos para a visualização da evolução dos mapas de calor.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Snapshot every:</source>
        <translation>Snapshot a cada:</translation>
    </message>
    <message>
        <source>Epochs between heatmap snapshots.</source>
        <translation>Épocas entre snapshots dos mapas de calor.</translation>
    </message>
    <message>
        <source>default (~/.cache/keypoint-studio)</source>
        <translation>padrão (~/.cache/keypoint-studio)</translation>
    </message>
    <message>
        <source>Image cache:</source>
        <translation>Cache de imagens:</translation>
    </message>
    <message>
        <source>Folder of the preprocessed-image cache shared by runs.</source>
        <translation>Pasta do cache de imagens pré-processadas compartilhado pelas execuções.</translation>
    </message>
    <message>
        <source>Save config…</source>
        <translation>Salvar configuração…</translation>
    </message>
    <message>
        <source>Write these settings to a JSON file (the format of a run&apos;s config.json).</source>
        <translation>Gravar estas configurações em um arquivo JSON (o formato do config.json de uma execução).</translation>
    </message>
    <message>
        <source>Load config…</source>
        <translation>Carregar configuração…</translation>
    </message>
    <message>
        <source>Fill the form from a JSON config, e.g. a run&apos;s config.json.</source>
        <translation>Preencher o formulário a partir de uma configuração JSON, p. ex. o config.json de uma execução.</translation>
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
        <translation>Procurando GPUs…</translation>
    </message>
    <message>
        <source> (free %1 GiB)</source>
        <translation> (%1 GiB livres)</translation>
    </message>
    <message>
        <source>No GPU found — training runs on the CPU</source>
        <translation>Nenhuma GPU encontrada — o treinamento é executado na CPU</translation>
    </message>
    <message>
        <source>Save training config</source>
        <translation>Salvar configuração de treinamento</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Arquivos JSON (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Load training config</source>
        <translation>Carregar configuração de treinamento</translation>
    </message>
    <message>
        <source>Dataset: choose the dataset folder.</source>
        <translation>Conjunto de dados: escolha a pasta do conjunto de dados.</translation>
    </message>
    <message>
        <source>Pretrained weights: %1 is not a file.</source>
        <translation>Pesos pré-treinados: %1 não é um arquivo.</translation>
    </message>
    <message>
        <source>Learning rate: enter a number such as 5e-4.</source>
        <translation>Taxa de aprendizado: digite um número como 5e-4.</translation>
    </message>
    <message>
        <source>Fine-tune learning rate: enter a number such as 2e-6.</source>
        <translation>Taxa de aprendizado do ajuste fino: digite um número como 2e-6.</translation>
    </message>
    <message>
        <source>Seed: enter a whole number &gt;= 0.</source>
        <translation>Semente: digite um número inteiro &gt;= 0.</translation>
    </message>
    <message>
        <source>Config not saved: %1</source>
        <translation>Configuração não salva: %1</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: não foi possível gravar: %2</translation>
    </message>
    <message>
        <source>Config saved to %1</source>
        <translation>Configuração salva em %1</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: não foi possível ler: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Config loaded from %1</source>
        <translation>Configuração carregada de %1</translation>
    </message>
    <message>
        <source>Materials:</source>
        <translation>Materiais:</translation>
    </message>
    <message>
        <source>Float32</source>
        <translation>Float32</translation>
    </message>
    <message>
        <source>bf16 mixed (CPU)</source>
        <translation>bf16 mista (CPU)</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>Precisão:</translation>
    </message>
    <message>
        <source>bf16 mixed runs the convolutions of the large feature maps in bfloat16 on the CPU and the rest in float32: 1.28x the training speed on a CPU with AMX (docs/training_study.md). Auto uses it where the CPU has native bf16 (AVX512-BF16 or AMX) and float32 elsewhere. The seed trains in float32.</source>
        <translation>bf16 mista roda as convoluções dos mapas de características grandes em bfloat16 na CPU e o resto em float32: 1,28x a velocidade de treino numa CPU com AMX (docs/training_study.md). Auto a usa onde a CPU tem bf16 nativo (AVX512-BF16 ou AMX) e float32 nos demais casos. A semente treina em float32.</translation>
    </message>
    <message>
        <source>Precision: bf16 mixed runs on the CPU only; choose Auto or Float32 for a GPU.</source>
        <translation>Precisão: bf16 mista roda só na CPU; escolha Auto ou Float32 para uma GPU.</translation>
    </message>
</context>
<context>
    <name>kps::TrainingController</name>
    <message>
        <source>Idle</source>
        <translation>Ocioso</translation>
    </message>
    <message>
        <source>Cannot start: choose a run folder.</source>
        <translation>Não foi possível iniciar: escolha uma pasta de execução.</translation>
    </message>
    <message>
        <source>Cannot start: %1 already holds a run; resume it (Resume run…) or choose another folder.</source>
        <translation>Não foi possível iniciar: %1 já contém uma execução; retome-a (Retomar execução…) ou escolha outra pasta.</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Não foi possível iniciar: %1</translation>
    </message>
    <message>
        <source>new run in %1 on %2, %3 processes</source>
        <translation>nova execução em %1 em %2, %3 processos</translation>
    </message>
    <message>
        <source>new run in %1 on %2</source>
        <translation>nova execução em %1 em %2</translation>
    </message>
    <message>
        <source>%1 is not a training run (no config.json).</source>
        <translation>%1 não é uma execução de treinamento (sem config.json).</translation>
    </message>
    <message>
        <source>Cannot resume: %1</source>
        <translation>Não é possível retomar: %1</translation>
    </message>
    <message>
        <source>resuming %1 with %2 processes</source>
        <translation>retomando %1 com %2 processos</translation>
    </message>
    <message>
        <source>Reading the run&apos;s history…</source>
        <translation>Lendo o histórico da execução…</translation>
    </message>
    <message>
        <source>resuming %1</source>
        <translation>retomando %1</translation>
    </message>
    <message>
        <source>Preparing data…</source>
        <translation>Preparando os dados…</translation>
    </message>
    <message>
        <source>Stop the training before opening another run.</source>
        <translation>Pare o treinamento antes de abrir outra execução.</translation>
    </message>
    <message>
        <source>Reading the run…</source>
        <translation>Lendo a execução…</translation>
    </message>
    <message>
        <source>Paused (after the current batch)</source>
        <translation>Pausado (após o lote atual)</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Treinando</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausado</translation>
    </message>
    <message>
        <source>continued</source>
        <translation>continuado</translation>
    </message>
    <message>
        <source>Stopping every process after the current batch…</source>
        <translation>Parando todos os processos após o lote atual…</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Parando após o lote atual…</translation>
    </message>
    <message>
        <source>stop requested</source>
        <translation>parada solicitada</translation>
    </message>
    <message>
        <source>Scanning the dataset %1/%2…</source>
        <translation>Analisando o conjunto de dados %1/%2…</translation>
    </message>
    <message>
        <source>Scanning the dataset…</source>
        <translation>Analisando o conjunto de dados…</translation>
    </message>
    <message>
        <source>Caching images %1/%2…</source>
        <translation>Armazenando imagens em cache %1/%2…</translation>
    </message>
    <message>
        <source>Caching images…</source>
        <translation>Armazenando imagens em cache…</translation>
    </message>
    <message>
        <source>Reading the keypoint labels %1/%2…</source>
        <translation>Lendo os rótulos dos pontos-chave %1/%2…</translation>
    </message>
    <message>
        <source>Reading the keypoint labels…</source>
        <translation>Lendo os rótulos dos pontos-chave…</translation>
    </message>
    <message>
        <source>Loading the arrays…</source>
        <translation>Carregando os arrays…</translation>
    </message>
    <message>
        <source>Rendering synthetic images %1/%2…</source>
        <translation>Renderizando imagens sintéticas %1/%2…</translation>
    </message>
    <message>
        <source>Rendering synthetic images…</source>
        <translation>Renderizando imagens sintéticas…</translation>
    </message>
    <message>
        <source>Building the model…</source>
        <translation>Construindo o modelo…</translation>
    </message>
    <message>
        <source>First batch…</source>
        <translation>Primeiro lote…</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>Validando…</translation>
    </message>
    <message>
        <source>Writing weights and snapshots…</source>
        <translation>Gravando pesos e snapshots…</translation>
    </message>
    <message>
        <source>Fine-tuning the whole network…</source>
        <translation>Ajuste fino da rede inteira…</translation>
    </message>
    <message>
        <source>finished %1 epochs</source>
        <translation>%1 épocas concluídas</translation>
    </message>
    <message>
        <source>Training epoch %1 of %2</source>
        <translation>Treinando a época %1 de %2</translation>
    </message>
    <message>
        <source> (%1 s)</source>
        <translation> (%1 s)</translation>
    </message>
    <message>
        <source>Stopped in epoch %1 after batch %2; the run can be resumed (Resume run…).</source>
        <translation>Interrompido na época %1 após o lote %2; a execução pode ser retomada (Retomar execução…).</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>O treinamento falhou: %1</translation>
    </message>
    <message>
        <source>Finished: %1; best epoch %2 (validation loss %3).</source>
        <translation>Concluído: %1; melhor época %2 (perda de validação %3).</translation>
    </message>
    <message>
        <source>opened run %1: %2 epochs, %3 snapshots</source>
        <translation>execução %1 aberta: %2 épocas, %3 snapshots</translation>
    </message>
    <message>
        <source>Following the run live (it is still being written)…</source>
        <translation>Acompanhando a execução ao vivo (ela ainda está sendo gravada)…</translation>
    </message>
    <message>
        <source>Cannot open run %1: %2</source>
        <translation>Não foi possível abrir a execução %1: %2</translation>
    </message>
    <message>
        <source>Run finished: %1</source>
        <translation>Execução concluída: %1</translation>
    </message>
    <message>
        <source>Run stopped (%1); it can be resumed.</source>
        <translation>Execução interrompida (%1); ela pode ser retomada.</translation>
    </message>
    <message>
        <source>Run failed: %1</source>
        <translation>A execução falhou: %1</translation>
    </message>
    <message>
        <source>Run loaded.</source>
        <translation>Execução carregada.</translation>
    </message>
    <message>
        <source>all processes finished</source>
        <translation>todos os processos terminaram</translation>
    </message>
    <message>
        <source>all processes stopped; the run can be resumed with any number of processes</source>
        <translation>todos os processos pararam; a execução pode ser retomada com qualquer número de processos</translation>
    </message>
</context>
<context>
    <name>kps::TrainingCurvesPlot</name>
    <message>
        <source>Batch loss</source>
        <translation>Perda por lote</translation>
    </message>
    <message>
        <source>Show the loss of every logged batch and its smoothed curve</source>
        <translation>Mostrar a perda de cada lote registrado e sua curva suavizada</translation>
    </message>
    <message>
        <source>Smoothing:</source>
        <translation>Suavização:</translation>
    </message>
    <message>
        <source>Exponential moving average factor for the batch loss (0 = no smoothing)</source>
        <translation>Fator da média móvel exponencial da perda por lote (0 = sem suavização)</translation>
    </message>
    <message>
        <source>Focal / L1 parts</source>
        <translation>Partes focal / L1</translation>
    </message>
    <message>
        <source>Show the focal and L1 parts of the train and validation loss</source>
        <translation>Mostrar as partes focal e L1 da perda de treino e de validação</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Escala logarítmica</translation>
    </message>
    <message>
        <source>Logarithmic loss axis</source>
        <translation>Eixo de perda logarítmico</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show all data and follow new points again (drag to pan, wheel to zoom)</source>
        <translation>Mostrar todos os dados e voltar a seguir novos pontos (arraste para mover, roda para ampliar)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the curves as a PNG or PDF figure</source>
        <translation>Salvar as curvas como figura PNG ou PDF</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perda</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taxa de aprendizado</translation>
    </message>
    <message>
        <source>PCK (%)</source>
        <translation>PCK (%)</translation>
    </message>
    <message>
        <source>Mean error (px)</source>
        <translation>Erro médio (px)</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <source>Batch loss (smoothed)</source>
        <translation>Perda por lote (suavizada)</translation>
    </message>
    <message>
        <source>Train loss</source>
        <translation>Perda de treino</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Perda de validação</translation>
    </message>
    <message>
        <source>Train focal</source>
        <translation>Focal de treino</translation>
    </message>
    <message>
        <source>Validation focal</source>
        <translation>Focal de validação</translation>
    </message>
    <message>
        <source>Train L1 (×5)</source>
        <translation>L1 de treino (×5)</translation>
    </message>
    <message>
        <source>Validation L1 (×5)</source>
        <translation>L1 de validação (×5)</translation>
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
        <translation>melhor: época %1</translation>
    </message>
    <message>
        <source>Training curves</source>
        <translation>Curvas de treinamento</translation>
    </message>
    <message>
        <source>Export training curves</source>
        <translation>Exportar curvas de treinamento</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>Imagem PNG (*.png);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1: could not be written</source>
        <translation>%1: não foi possível gravar</translation>
    </message>
</context>
<context>
    <name>kps::TrainingProcess</name>
    <message>
        <source>a training runs already</source>
        <translation>um treinamento já está em execução</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: não é possível gravar: %2</translation>
    </message>
    <message>
        <source>kpstudio train crashed</source>
        <translation>kpstudio train travou</translation>
    </message>
    <message>
        <source>%1: cannot start: %2</source>
        <translation>%1: não é possível iniciar: %2</translation>
    </message>
</context>
<context>
    <name>kps::cli</name>
    <message>
        <source>Measures, in one run: generator images/s, decode-only and decode + preprocess images/s of 1920x1080 PNGs on all cores, their ratio, and cache bytes per sample.</source>
        <translation>Mede, em uma única execução: imagens/s do gerador, imagens/s só de decodificação e de decodificação + pré-processamento de PNGs 1920x1080 em todos os núcleos, a razão entre elas e os bytes de cache por amostra.</translation>
    </message>
    <message>
        <source>Number of 1920x1080 images to render and read (default 48).</source>
        <translation>Número de imagens 1920x1080 a renderizar e ler (padrão 48).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Threads (default: all cores).</source>
        <translation>Threads (padrão: todos os núcleos).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Print one JSON object instead of a table.</source>
        <translation>Imprime um objeto JSON em vez de uma tabela.</translation>
    </message>
    <message>
        <source>kpstudio bench data: --images must be a positive integer</source>
        <translation>kpstudio bench data: --images deve ser um inteiro positivo</translation>
    </message>
    <message>
        <source>kpstudio bench data: cannot create a temporary folder</source>
        <translation>kpstudio bench data: não foi possível criar uma pasta temporária</translation>
    </message>
    <message>
        <source>Data pipeline benchmark: %1 images of 1920x1080, %2 threads</source>
        <translation>Benchmark do pipeline de dados: %1 imagens de 1920x1080, %2 threads</translation>
    </message>
    <message>
        <source>generator (render + PNG + JSON)</source>
        <translation>gerador (renderização + PNG + JSON)</translation>
    </message>
    <message>
        <source>decode only</source>
        <translation>só decodificação</translation>
    </message>
    <message>
        <source>decode + letterbox/crop/resize</source>
        <translation>decod. + letterbox/recorte/redimensionar</translation>
    </message>
    <message>
        <source>ratio (decode+preprocess / decode)</source>
        <translation>razão (decod.+pré-proc. / decod.)</translation>
    </message>
    <message>
        <source>cache fill (decode + preprocess + write)</source>
        <translation>preencher cache (decod.+pré-proc.+grav.)</translation>
    </message>
    <message>
        <source>cache hit (read crops from disk)</source>
        <translation>acerto de cache (ler recortes do disco)</translation>
    </message>
    <message>
        <source>cache per sample</source>
        <translation>cache por amostra</translation>
    </message>
    <message>
        <source>expected an integer from %1 to %2, got &apos;%3&apos;</source>
        <translation>esperado um inteiro de %1 a %2, recebido &apos;%3&apos;</translation>
    </message>
    <message>
        <source>expected a positive number, got &apos;%1&apos;</source>
        <translation>esperado um número positivo, recebido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Render a synthetic spacecraft dataset (Rendered_Images/, JSON_Data_REF/, Object_Information/) with random poses, lighting and stars.</source>
        <translation>Renderiza um conjunto de dados sintético de espaçonave (Rendered_Images/, JSON_Data_REF/, Object_Information/) com poses, iluminação e estrelas aleatórias.</translation>
    </message>
    <message>
        <source>Dataset folder to write (created if needed).</source>
        <translation>Pasta do conjunto de dados a gravar (criada se necessário).</translation>
    </message>
    <message>
        <source>Number of images.</source>
        <translation>Número de imagens.</translation>
    </message>
    <message>
        <source>Random seed (default 0): same arguments, same files.</source>
        <translation>Semente aleatória (padrão 0): mesmos argumentos, mesmos arquivos.</translation>
    </message>
    <message>
        <source>Mesh to render: mesh_information.json with vertex_coordinates, or .obj (default: the built-in Tango-like spacecraft).</source>
        <translation>Malha a renderizar: mesh_information.json com vertex_coordinates, ou .obj (padrão: a espaçonave embutida semelhante à Tango).</translation>
    </message>
    <message>
        <source>Image width in pixels (default 1920).</source>
        <translation>Largura da imagem em pixels (padrão 1920).</translation>
    </message>
    <message>
        <source>Image height in pixels (default 1080).</source>
        <translation>Altura da imagem em pixels (padrão 1080).</translation>
    </message>
    <message>
        <source>Visibility rule: occlusion (default; exact ray test) or 4sp (vertices of camera-facing faces).</source>
        <translation>Regra de visibilidade: occlusion (padrão; teste de raio exato) ou 4sp (vértices das faces voltadas para a câmera).</translation>
    </message>
    <message>
        <source>Worker threads (default: all cores); the files do not depend on it.</source>
        <translation>Threads de trabalho (padrão: todos os núcleos); os arquivos não dependem disso.</translation>
    </message>
    <message>
        <source>Anti-aliasing samples per pixel side (default 3).</source>
        <translation>Amostras de anti-aliasing por lado de pixel (padrão 3).</translation>
    </message>
    <message>
        <source>Lens focal length in mm (default 50).</source>
        <translation>Distância focal da lente em mm (padrão 50).</translation>
    </message>
    <message>
        <source>Sensor width in mm (default 36).</source>
        <translation>Largura do sensor em mm (padrão 36).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>--out DIR é obrigatório</translation>
    </message>
    <message>
        <source>--count N is required</source>
        <translation>--count N é obrigatório</translation>
    </message>
    <message>
        <source>expected &apos;occlusion&apos; or &apos;4sp&apos;, got &apos;%1&apos;</source>
        <translation>esperado &apos;occlusion&apos; ou &apos;4sp&apos;, recebido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Dataset %1</source>
        <translation>Conjunto de dados %1</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <source>Annotated</source>
        <translation>Anotadas</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>Sem anotação</translation>
    </message>
    <message>
        <source>Invalid annotations</source>
        <translation>Anotações inválidas</translation>
    </message>
    <message>
        <source>Annotations without image</source>
        <translation>Anotações sem imagem</translation>
    </message>
    <message>
        <source>Trainable samples</source>
        <translation>Amostras treináveis</translation>
    </message>
    <message>
        <source>Keypoints (K)</source>
        <translation>Pontos-chave (K)</translation>
    </message>
    <message>
        <source>%1 (mesh &quot;%2&quot;)</source>
        <translation>%1 (malha &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 (from the annotations, no mesh)</source>
        <translation>%1 (das anotações, sem malha)</translation>
    </message>
    <message>
        <source>Visible keypoints</source>
        <translation>Pontos-chave visíveis</translation>
    </message>
    <message>
        <source>... inside the model crop</source>
        <translation>... no recorte do modelo</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>Vertex</source>
        <translation>Vértice</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Visíveis</translation>
    </message>
    <message>
        <source>of annotated</source>
        <translation>das anotadas</translation>
    </message>
    <message>
        <source>Problems: %1 errors, %2 warnings, %3 unlabelled/info</source>
        <translation>Problemas: %1 erros, %2 avisos, %3 sem anotação/info</translation>
    </message>
    <message>
        <source>... and %1 more unlabelled images</source>
        <translation>... e mais %1 imagens sem anotação</translation>
    </message>
    <message>
        <source>Summarise a 4SP dataset (Rendered_Images, JSON_Data_REF, Object_Information) and list its problems.</source>
        <translation>Resume um conjunto de dados 4SP (Rendered_Images, JSON_Data_REF, Object_Information) e lista seus problemas.</translation>
    </message>
    <message>
        <source>Dataset folder</source>
        <translation>Pasta do conjunto de dados</translation>
    </message>
    <message>
        <source>Print one JSON object on stdout</source>
        <translation>Imprime um objeto JSON na stdout</translation>
    </message>
    <message>
        <source>Worker threads (0 = all cores)</source>
        <translation>Threads de trabalho (0 = todos os núcleos)</translation>
    </message>
    <message>
        <source>expected one DATASET folder (kpstudio info --help)</source>
        <translation>esperada uma pasta DATASET (kpstudio info --help)</translation>
    </message>
    <message>
        <source>--threads: expected a non-negative integer</source>
        <translation>--threads: esperado um inteiro não negativo</translation>
    </message>
    <message>
        <source>no readable images found</source>
        <translation>nenhuma imagem legível encontrada</translation>
    </message>
    <message>
        <source>Measures the Images panel&apos;s models on N in-memory samples: set, natural sort, filters, stem lookup, one screen of rows, and bytes per row.</source>
        <translation>Mede os modelos do painel Imagens com N amostras em memória: definição, ordenação natural, filtros, busca por stem, uma tela de linhas e bytes por linha.</translation>
    </message>
    <message>
        <source>Number of samples (default 100000).</source>
        <translation>Número de amostras (padrão 100000).</translation>
    </message>
    <message>
        <source>kpstudio bench browser: --images must be a positive integer</source>
        <translation>kpstudio bench browser: --images deve ser um inteiro positivo</translation>
    </message>
    <message>
        <source>Training throughput with the real data pipeline vs. pre-made tensors (their ratio shows whether compute waits for data; goal &gt;= 0.97), and inference latency / throughput.</source>
        <translation>Vazão de treinamento com o pipeline de dados real vs. tensores prontos (a razão mostra se o cálculo espera pelos dados; meta &gt;= 0.97), e latência / vazão de inferência.</translation>
    </message>
    <message>
        <source>Model preset (default: seed on a GPU, small on the CPU).</source>
        <translation>Predefinição do modelo (padrão: seed em uma GPU, small na CPU).</translation>
    </message>
    <message>
        <source>Batch size (default 128 on a GPU, 32 on the CPU).</source>
        <translation>Tamanho do lote (padrão 128 em uma GPU, 32 na CPU).</translation>
    </message>
    <message>
        <source>auto, cpu, cuda or cuda:N (default auto).</source>
        <translation>auto, cpu, cuda ou cuda:N (padrão auto).</translation>
    </message>
    <message>
        <source>Keypoints K (default 11).</source>
        <translation>Pontos-chave K (padrão 11).</translation>
    </message>
    <message>
        <source>Seconds per measurement (default 10 on a GPU, 6 on the CPU).</source>
        <translation>Segundos por medição (padrão 10 em uma GPU, 6 na CPU).</translation>
    </message>
    <message>
        <source>CPU threads (default: all cores).</source>
        <translation>Threads de CPU (padrão: todos os núcleos).</translation>
    </message>
    <message>
        <source>--keypoints: expected a positive integer</source>
        <translation>--keypoints: esperado um inteiro positivo</translation>
    </message>
    <message>
        <source>--batch: expected a positive integer</source>
        <translation>--batch: esperado um inteiro positivo</translation>
    </message>
    <message>
        <source>--seconds: expected a positive number</source>
        <translation>--seconds: esperado um número positivo</translation>
    </message>
    <message>
        <source>--threads: expected a positive integer</source>
        <translation>--threads: esperado um inteiro positivo</translation>
    </message>
    <message>
        <source>Output folder (default ./kpstudio-demo).</source>
        <translation>Pasta de saída (padrão ./kpstudio-demo).</translation>
    </message>
    <message>
        <source>Training time budget in minutes (default 3).</source>
        <translation>Tempo disponível para o treinamento, em minutos (padrão 3).</translation>
    </message>
    <message>
        <source>auto, cpu, cuda or cuda:N (default cpu).</source>
        <translation>auto, cpu, cuda ou cuda:N (padrão cpu).</translation>
    </message>
    <message>
        <source>--minutes: expected a positive number</source>
        <translation>--minutes: esperado um número positivo</translation>
    </message>
    <message>
        <source>rendering %1 training images into %2</source>
        <translation>renderizando %1 imagens de treino em %2</translation>
    </message>
    <message>
        <source>no epoch finished within the time budget</source>
        <translation>nenhuma época concluída dentro do tempo disponível</translation>
    </message>
    <message>
        <source>--%1: expected a number &gt;= %2, got &quot;%3&quot;</source>
        <translation>--%1: esperado um número &gt;= %2, recebido &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Train a keypoint model into a run directory (config.json, training_log.csv, events.jsonl, best.pt, last.pt, snapshots/).</source>
        <translation>Treina um modelo de pontos-chave em um diretório de execução (config.json, training_log.csv, events.jsonl, best.pt, last.pt, snapshots/).</translation>
    </message>
    <message>
        <source>Run directory to create (or to resume with --resume).</source>
        <translation>Diretório de execução a criar (ou a retomar com --resume).</translation>
    </message>
    <message>
        <source>Continue a stopped run in --run (same split, log appended).</source>
        <translation>Continua uma execução interrompida em --run (mesma divisão, log anexado).</translation>
    </message>
    <message>
        <source>auto (frozen with --pretrained), frozen or trainable.</source>
        <translation>auto (frozen com --pretrained), frozen ou trainable.</translation>
    </message>
    <message>
        <source>Network input side IMG (multiple of 32; default 128).</source>
        <translation>Lado IMG da entrada da rede (múltiplo de 32; padrão 128).</translation>
    </message>
    <message>
        <source>Heatmap side HEAT (default 64).</source>
        <translation>Lado HEAT do mapa de calor (padrão 64).</translation>
    </message>
    <message>
        <source>Epochs of a second phase with the backbone unfrozen (default 0 = none).</source>
        <translation>Épocas de uma segunda fase com o backbone descongelado (padrão 0 = nenhuma).</translation>
    </message>
    <message>
        <source>Learning rate of the fine-tune phase (default 2e-6).</source>
        <translation>Taxa de aprendizado da fase de ajuste fino (padrão 2e-6).</translation>
    </message>
    <message>
        <source>Stop a phase after N epochs without val-loss improvement (0 = off).</source>
        <translation>Encerra uma fase após N épocas sem melhora da perda de validação (0 = desativado).</translation>
    </message>
    <message>
        <source>Random seed (split, init, shuffling, augmentation; default 42).</source>
        <translation>Semente aleatória (divisão, inicialização, embaralhamento, aumento de dados; padrão 42).</translation>
    </message>
    <message>
        <source>CPU threads for training (default: all cores).</source>
        <translation>Threads de CPU para o treinamento (padrão: todos os núcleos).</translation>
    </message>
    <message>
        <source>Validation images in each heatmap snapshot (default 4).</source>
        <translation>Imagens de validação em cada snapshot dos mapas de calor (padrão 4).</translation>
    </message>
    <message>
        <source>Preprocessed-image cache folder (default ~/.cache/keypoint-studio).</source>
        <translation>Pasta de cache das imagens pré-processadas (padrão ~/.cache/keypoint-studio).</translation>
    </message>
    <message>
        <source>Print only one line per epoch.</source>
        <translation>Imprime apenas uma linha por época.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--run DIR is required</source>
        <translation>--run DIR é obrigatório</translation>
    </message>
    <message>
        <source>kpstudio train: --%1 is ignored with --resume (the run&apos;s config.json is used)</source>
        <translation>kpstudio train: --%1 é ignorado com --resume (é usado o config.json da execução)</translation>
    </message>
    <message>
        <source>run directory: %1</source>
        <translation>diretório de execução: %1</translation>
    </message>
    <message>
        <source>resume with: kpstudio train --run %1 --resume</source>
        <translation>para retomar: kpstudio train --run %1 --resume</translation>
    </message>
    <message>
        <source>Train a model on an endless stream of synthetic images for a time budget (the cpu-fast recipe by default) and evaluate it on a held-out generated set.</source>
        <translation>Treinar um modelo com um fluxo sem fim de imagens sintéticas por um tempo fixo (receita cpu-fast por padrão) e avaliá-lo num conjunto gerado separado.</translation>
    </message>
    <message>
        <source>Training recipe: cpu-fast (default) or seed.</source>
        <translation>Receita de treinamento: cpu-fast (padrão) ou seed.</translation>
    </message>
    <message>
        <source>Model preset: tiny, small or seed (default: the recipe&apos;s).</source>
        <translation>Predefinição do modelo: tiny, small ou seed (padrão: a da receita).</translation>
    </message>
    <message>
        <source>Training images: 0 = new synthetic images every epoch (default); N = one fixed rendered set of N images.</source>
        <translation>Imagens de treinamento: 0 = novas imagens sintéticas a cada época (padrão); N = um conjunto fixo renderizado de N imagens.</translation>
    </message>
    <message>
        <source>Held-out test images to render (default 500).</source>
        <translation>Imagens de teste separadas a renderizar (padrão 500).</translation>
    </message>
    <message>
        <source>Synthetic training images per epoch (default: the recipe&apos;s).</source>
        <translation>Imagens sintéticas de treinamento por época (padrão: a da receita).</translation>
    </message>
    <message>
        <source>--images: expected 0 or a number &gt;= 20</source>
        <translation>--images: esperado 0 ou um número &gt;= 20</translation>
    </message>
    <message>
        <source>--test-images: expected a number &gt;= 10</source>
        <translation>--test-images: esperado um número &gt;= 10</translation>
    </message>
    <message>
        <source>--epoch-images: expected a number &gt;= 16</source>
        <translation>--epoch-images: esperado um número &gt;= 16</translation>
    </message>
    <message>
        <source>rendering %1 held-out test images into %2</source>
        <translation>renderizando %1 imagens de teste separadas em %2</translation>
    </message>
    <message>
        <source>recipe %1: %2 epochs of %3 images (about %4 s each) in %5 minutes</source>
        <translation>receita %1: %2 épocas de %3 imagens (cerca de %4 s cada) em %5 minutos</translation>
    </message>
    <message>
        <source>%1 epochs, best epoch %2 (by %3); run directory %4</source>
        <translation>%1 épocas, melhor época %2 (por %3); pasta da execução %4</translation>
    </message>
    <message>
        <source>held-out test set, %1 images, %2 visible keypoints, in 128-px space: PCK@2 %3%  PCK@5 %4%  mean error %5 px</source>
        <translation>conjunto de teste separado, %1 imagens, %2 keypoints visíveis, no espaço de 128 px: PCK@2 %3%  PCK@5 %4%  erro médio %5 px</translation>
    </message>
    <message>
        <source>evaluation summary: %1</source>
        <translation>resumo da avaliação: %1</translation>
    </message>
    <message>
        <source>Training run directories.</source>
        <translation>Pastas de execuções de treinamento.</translation>
    </message>
    <message>
        <source>Column of training_log.csv: %1 (default val_pck5_128px).</source>
        <translation>Coluna do training_log.csv: %1 (padrão val_pck5_128px).</translation>
    </message>
    <message>
        <source>Horizontal axis: minutes (training wall-clock, default), images (training images seen, in thousands) or epochs.</source>
        <translation>Eixo horizontal: minutes (tempo de relógio do treinamento, padrão), images (imagens de treinamento vistas, em milhares) ou epochs.</translation>
    </message>
    <message>
        <source>Comma-separated legend names, one per run (default: the folder names).</source>
        <translation>Nomes da legenda separados por vírgula, um por execução (padrão: os nomes das pastas).</translation>
    </message>
    <message>
        <source>Plot title.</source>
        <translation>Título do gráfico.</translation>
    </message>
    <message>
        <source>PNG file to write (optional).</source>
        <translation>Arquivo PNG a gravar (opcional).</translation>
    </message>
    <message>
        <source>Picture size WIDTHxHEIGHT (default 900x500).</source>
        <translation>Tamanho da imagem LARGURAxALTURA (padrão 900x500).</translation>
    </message>
    <message>
        <source>name at least one run directory</source>
        <translation>indique pelo menos uma pasta de execução</translation>
    </message>
    <message>
        <source>--metric: expected one of %1</source>
        <translation>--metric: esperado um de %1</translation>
    </message>
    <message>
        <source>--x: expected minutes, images or epochs</source>
        <translation>--x: esperado minutes, images ou epochs</translation>
    </message>
    <message>
        <source>--labels: %1 names for %2 runs</source>
        <translation>--labels: %1 nomes para %2 execuções</translation>
    </message>
    <message>
        <source>--size: expected WIDTHxHEIGHT of at least 100x100</source>
        <translation>--size: esperado LARGURAxALTURA de pelo menos 100x100</translation>
    </message>
    <message>
        <source>Training wall-clock (minutes)</source>
        <translation>Tempo de relógio do treinamento (minutos)</translation>
    </message>
    <message>
        <source>Training images seen (thousands)</source>
        <translation>Imagens de treinamento vistas (milhares)</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <source>%1: no finished epoch in training_log.csv</source>
        <translation>%1: nenhuma época concluída no training_log.csv</translation>
    </message>
    <message>
        <source>%1: cannot write the picture</source>
        <translation>%1: não é possível gravar a imagem</translation>
    </message>
    <message>
        <source>Dataset folder (4SP layout), or synthetic:builtin / synthetic:MESH.json for an endless stream of generated images.</source>
        <translation>Pasta do dataset (layout 4SP), ou synthetic:builtin / synthetic:MESH.json para um fluxo sem fim de imagens geradas.</translation>
    </message>
    <message>
        <source>Training recipe: seed (the seed&apos;s train_vis.py; GPU default) or cpu-fast (CPU default).</source>
        <translation>Receita de treinamento: seed (o train_vis.py da referência; padrão em GPU) ou cpu-fast (padrão na CPU).</translation>
    </message>
    <message>
        <source>Model preset: seed, small, tiny (default: the recipe&apos;s).</source>
        <translation>Predefinição do modelo: seed, small, tiny (padrão: a da receita).</translation>
    </message>
    <message>
        <source>Epochs of the main phase (default: the recipe&apos;s; with --resume: raise it).</source>
        <translation>Épocas da fase principal (padrão: as da receita; com --resume: aumentar).</translation>
    </message>
    <message>
        <source>Batch size (default: the recipe&apos;s).</source>
        <translation>Tamanho do lote (padrão: o da receita).</translation>
    </message>
    <message>
        <source>Learning rate (peak rate with warmup_cosine; default: the recipe&apos;s).</source>
        <translation>Taxa de aprendizado (pico com warmup_cosine; padrão: a da receita).</translation>
    </message>
    <message>
        <source>Learning-rate schedule: plateau or warmup_cosine.</source>
        <translation>Agenda da taxa de aprendizado: plateau ou warmup_cosine.</translation>
    </message>
    <message>
        <source>Warm-up epochs of warmup_cosine.</source>
        <translation>Épocas de aquecimento do warmup_cosine.</translation>
    </message>
    <message>
        <source>Heatmap focal loss form: seed or bce.</source>
        <translation>Forma da focal loss dos heatmaps: seed ou bce.</translation>
    </message>
    <message>
        <source>best.pt criterion: mean_error, val_loss or pck@N (N in 128-px pixels).</source>
        <translation>Critério do best.pt: mean_error, val_loss ou pck@N (N em pixels de 128 px).</translation>
    </message>
    <message>
        <source>Decoder BatchNorm momentum (PyTorch convention; the seed&apos;s Keras default is 0.01).</source>
        <translation>Momento do BatchNorm do decodificador (convenção do PyTorch; o padrão do Keras na referência é 0,01).</translation>
    </message>
    <message>
        <source>Re-estimate BatchNorm statistics on N training batches before each validation (0 = off).</source>
        <translation>Reestimar as estatísticas do BatchNorm com N lotes de treinamento antes de cada validação (0 = desligado).</translation>
    </message>
    <message>
        <source>Synthetic data: training images per epoch.</source>
        <translation>Dados sintéticos: imagens de treinamento por época.</translation>
    </message>
    <message>
        <source>Synthetic data: validation images.</source>
        <translation>Dados sintéticos: imagens de validação.</translation>
    </message>
    <message>
        <source>Synthetic data: the same training images every epoch instead of new ones.</source>
        <translation>Dados sintéticos: as mesmas imagens de treinamento em toda época em vez de novas.</translation>
    </message>
    <message>
        <source>Plot one validation metric of several training runs against wall-clock minutes, images seen or epochs (PNG) and print each run&apos;s numbers.</source>
        <translation>Traçar uma métrica de validação de várias execuções de treinamento contra minutos de relógio, imagens vistas ou épocas (PNG) e imprimir os números de cada execução.</translation>
    </message>
    <message>
        <source>Usage: kpstudio bench data|train|browser|export [OPTIONS]  (kpstudio bench train --help)</source>
        <translation>Uso: kpstudio bench data|train|browser|export [OPÇÕES]  (kpstudio bench train --help)</translation>
    </message>
    <message>
        <source>Write the seed&apos;s training arrays from a dataset: X_data.npy (float32 N x 128 x 128 x 3, BGR minus the caffe means) and Y_data.npz (heatmaps N x 64 x 64 x K, coords N x 2K). Rows follow the sorted image names that have an annotation.</source>
        <translation>Grava os arrays de treino do seed a partir de um conjunto de dados: X_data.npy (float32 N x 128 x 128 x 3, BGR menos as médias caffe) e Y_data.npz (heatmaps N x 64 x 64 x K, coords N x 2K). As linhas seguem os nomes de imagem ordenados que têm anotação.</translation>
    </message>
    <message>
        <source>Folder to write (created if needed).</source>
        <translation>Pasta a gravar (criada se necessário).</translation>
    </message>
    <message>
        <source>expected one DATASET folder (kpstudio export-arrays --help)</source>
        <translation>esperada uma pasta DATASET (kpstudio export-arrays --help)</translation>
    </message>
    <message>
        <source>Wrote %1 rows, K = %2 (%3): %4, %5</source>
        <translation>%1 linhas gravadas, K = %2 (%3): %4, %5</translation>
    </message>
    <message>
        <source>from the annotations</source>
        <translation>das anotações</translation>
    </message>
    <message>
        <source>Mesh file</source>
        <translation>Arquivo de malha</translation>
    </message>
    <message>
        <source>Mesh edges</source>
        <translation>Arestas da malha</translation>
    </message>
    <message>
        <source>Other mesh files (unused)</source>
        <translation>Outros arquivos de malha (não usados)</translation>
    </message>
    <message>
        <source>Train on the seed&apos;s arrays instead (X_data.npy, Y_data.npz in DIR).</source>
        <translation>Treinar com os arrays do seed em vez disso (X_data.npy, Y_data.npz em DIR).</translation>
    </message>
    <message>
        <source>ImageNet weights for the backbone: torchvision ResNet (.pth) or Keras ResNet50 (.h5).</source>
        <translation>Pesos ImageNet para o backbone: ResNet do torchvision (.pth) ou ResNet50 do Keras (.h5).</translation>
    </message>
    <message>
        <source>Weight of the coordinate L1 loss (the seed&apos;s: 5).</source>
        <translation>Peso da perda L1 das coordenadas (referência: 5).</translation>
    </message>
    <message>
        <source>Initial heatmap value of a fresh model (0 = off).</source>
        <translation>Valor inicial dos heatmaps de um modelo novo (0 = desligado).</translation>
    </message>
    <message>
        <source>--data and --arrays exclude each other</source>
        <translation>--data e --arrays são mutuamente exclusivos</translation>
    </message>
    <message>
        <source>the rank processes did not finish</source>
        <translation>os processos dos ranks não terminaram</translation>
    </message>
    <message>
        <source>%1: rank 0 wrote no result</source>
        <translation>%1: o rank 0 não escreveu nenhum resultado</translation>
    </message>
    <message>
        <source>--rank-result is for rank processes (RANK and WORLD_SIZE unset)</source>
        <translation>--rank-result é para processos de rank (RANK e WORLD_SIZE não definidos)</translation>
    </message>
    <message>
        <source>%1: cannot write the rank result</source>
        <translation>%1: não é possível escrever o resultado do rank</translation>
    </message>
    <message>
        <source>Data-parallel training with N rank processes against one process: img/s of each, their ratio and the gradient allreduce time per step.</source>
        <translation>Treino com paralelismo de dados em N processos de rank contra um processo: img/s de cada, a razão entre eles e o tempo de allreduce dos gradientes por passo.</translation>
    </message>
    <message>
        <source>Internal: run as a rank of --nproc and write the result to FILE.</source>
        <translation>Interno: executar como rank de --nproc e escrever o resultado em FILE.</translation>
    </message>
    <message>
        <source>--nproc: expected a positive integer</source>
        <translation>--nproc: esperado um número inteiro positivo</translation>
    </message>
    <message>
        <source>was killed by signal %1 (%2)</source>
        <translation>foi encerrado pelo sinal %1 (%2)</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>terminou com o código %1</translation>
    </message>
    <message>
        <source>no free TCP port on 127.0.0.1 for the rendezvous (give one with --master-port)</source>
        <translation>nenhuma porta TCP livre em 127.0.0.1 para o rendezvous (indique uma com --master-port)</translation>
    </message>
    <message>
        <source>rank %1 could not be started: %2</source>
        <translation>o rank %1 não pôde ser iniciado: %2</translation>
    </message>
    <message>
        <source>rank %1 (pid %2) %3</source>
        <translation>rank %1 (pid %2) %3</translation>
    </message>
    <message>
        <source>rank(s) %1 stopped responding: rank %2 gave up waiting for it (%3) and it was still running %4 s later, so it was killed</source>
        <translation>rank(s) %1 pararam de responder: o rank %2 desistiu de esperar (%3) e %4 s depois ainda estavam em execução, então foram encerrados</translation>
    </message>
    <message>
        <source>; rank(s) %1 still running %2 s later were killed</source>
        <translation>; rank(s) %1 ainda em execução %2 s depois foram encerrados</translation>
    </message>
    <message>
        <source>Forward passes per optimizer step (gradient accumulation): a step trains on batch x K images (default 1).</source>
        <translation>Passagens diretas por passo do otimizador (acumulação de gradientes): um passo treina com lote x K imagens (padrão 1).</translation>
    </message>
    <message>
        <source>Data-parallel ranks to start on this machine: one per GPU, or CPU processes sharing the cores (default 1).</source>
        <translation>Ranks de paralelismo de dados a iniciar nesta máquina: um por GPU, ou processos de CPU que dividem os núcleos (padrão 1).</translation>
    </message>
    <message>
        <source>Machines of a data-parallel run (default 1).</source>
        <translation>Máquinas de uma execução com paralelismo de dados (padrão 1).</translation>
    </message>
    <message>
        <source>This machine&apos;s index among --nnodes (default 0).</source>
        <translation>Índice desta máquina entre --nnodes (padrão 0).</translation>
    </message>
    <message>
        <source>Address of the machine running rank 0 (default 127.0.0.1).</source>
        <translation>Endereço da máquina que executa o rank 0 (padrão 127.0.0.1).</translation>
    </message>
    <message>
        <source>TCP port of the rendezvous on the master (default: a free port on one machine, 29500 on several).</source>
        <translation>Porta TCP do rendezvous no mestre (padrão: uma porta livre em uma máquina, 29500 em várias).</translation>
    </message>
    <message>
        <source>Seconds a rank waits for the others (rendezvous, each collective) before the run fails (default 300).</source>
        <translation>Segundos que um rank espera pelos outros (rendezvous, cada operação coletiva) antes de a execução falhar (padrão 300).</translation>
    </message>
    <message>
        <source>--master-port: %1 is not a TCP port</source>
        <translation>--master-port: %1 não é uma porta TCP</translation>
    </message>
    <message>
        <source>--node-rank %1 must be below --nnodes %2</source>
        <translation>--node-rank %1 deve ser menor que --nnodes %2</translation>
    </message>
    <message>
        <source>--nproc/--nnodes inside a launched rank (RANK is set): give either a launcher or --nproc, not both</source>
        <translation>--nproc/--nnodes dentro de um rank já iniciado (RANK está definido): use um lançador ou --nproc, não ambos</translation>
    </message>
    <message>
        <source>%1; the run stays resumable from its last completed epoch: kpstudio train --run %2 --resume --nproc %3</source>
        <translation>%1; a execução continua retomável a partir da última época concluída: kpstudio train --run %2 --resume --nproc %3</translation>
    </message>
    <message>
        <source>measured %1 s per epoch: %2 epochs in all</source>
        <translation>%1 s por época medidos: %2 épocas no total</translation>
    </message>
    <message>
        <source>Processes sharing the images (data-parallel; same outputs as one process).</source>
        <translation>Processos que dividem as imagens (paralelo em dados; as mesmas saídas de um processo).</translation>
    </message>
    <message>
        <source>--nproc must be a positive integer</source>
        <translation>--nproc deve ser um inteiro positivo</translation>
    </message>
    <message>
        <source>Start from a saved training config (the Train page&apos;s Save config, or a run&apos;s config.json); the other options override its values.</source>
        <translation>Partir de uma configuração de treinamento salva (Salvar configuração da página Treinar ou o config.json de uma execução); as outras opções substituem seus valores.</translation>
    </message>
    <message>
        <source>--data DIR is required (or --arrays DIR, --config FILE or --resume)</source>
        <translation>--data DIR é obrigatório (ou --arrays DIR, --config FILE ou --resume)</translation>
    </message>
    <message>
        <source>--config %1: %2</source>
        <translation>--config %1: %2</translation>
    </message>
    <message>
        <source>--config and --recipe exclude each other</source>
        <translation>--config e --recipe se excluem</translation>
    </message>
    <message>
        <source>finished: %1; best epoch %2 (val loss %3)</source>
        <translation>concluído: %1; melhor época %2 (perda de validação %3)</translation>
    </message>
    <message>
        <source>stopped in epoch %1 after batch %2</source>
        <translation>interrompido na época %1 após o lote %2</translation>
    </message>
    <message>
        <source>Measure a training recipe&apos;s model and batch size instead (seed or cpu-fast; --preset and --batch still override them).</source>
        <translation>Medir em vez disso o modelo e o tamanho de lote de uma receita de treinamento (seed ou cpu-fast; --preset e --batch ainda os substituem).</translation>
    </message>
    <message>
        <source>SoftArgMax temperature beta (default: the recipe&apos;s, 15 for seed and 30 for cpu-fast).</source>
        <translation>Temperatura beta do SoftArgMax (padrão: a da receita, 15 para seed e 30 para cpu-fast).</translation>
    </message>
    <message>
        <source>Face colours: fixed (default; one livery, every face keeps its colour in every image, as on a real spacecraft) or random (drawn anew for every image).</source>
        <translation>Cores das faces: fixed (padrão; uma pintura única, cada face mantém sua cor em todas as imagens, como numa espaçonave real) ou random (sorteadas de novo em cada imagem).</translation>
    </message>
    <message>
        <source>expected &apos;fixed&apos; or &apos;random&apos;, got &apos;%1&apos;</source>
        <translation>esperado &apos;fixed&apos; ou &apos;random&apos;, recebido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Wrote %1 images (%2x%3, seed %4, %5 visibility, %6 materials) to %7 in %8 s (%9 img/s)</source>
        <translation>%1 imagens gravadas (%2x%3, semente %4, visibilidade %5, materiais %6) em %7 em %8 s (%9 img/s)</translation>
    </message>
    <message>
        <source>Synthetic data: face colours, fixed (default; every face keeps its colour) or random (new colours in every image).</source>
        <translation>Dados sintéticos: cores das faces, fixed (padrão; cada face mantém sua cor) ou random (novas cores em cada imagem).</translation>
    </message>
    <message>
        <source>--batch: expected a number &gt;= 1</source>
        <translation>--batch: esperado um número &gt;= 1</translation>
    </message>
    <message>
        <source>Arithmetic of the throughput measurements: auto, fp32 or bf16_mixed (default: the recipe&apos;s, else fp32). Both are compared on the CPU in any case.</source>
        <translation>Aritmética das medições de vazão: auto, fp32 ou bf16_mixed (padrão: a da receita, senão fp32). Na CPU as duas são comparadas de qualquer forma.</translation>
    </message>
    <message>
        <source>slower than planned: epoch %1 ends the run</source>
        <translation>mais lento que o planejado: a época %1 encerra a execução</translation>
    </message>
    <message>
        <source>Arithmetic: auto (bf16 mixed on a CPU with native bf16, else float32; the cpu-fast recipe&apos;s), fp32 (the seed&apos;s) or bf16_mixed.</source>
        <translation>Aritmética: auto (bf16 mista numa CPU com bf16 nativo, senão float32; a da receita cpu-fast), fp32 (a da semente) ou bf16_mixed.</translation>
    </message>
    <message>
        <source>re-planned from %1 s per epoch: %2 epochs in all</source>
        <translation>replanejado com %1 s por época: %2 épocas no total</translation>
    </message>
</context>
<context>
    <name>kpstudio</name>
    <message>
        <source>Summarise a dataset and list its problems</source>
        <translation>Resumir um conjunto de dados e listar seus problemas</translation>
    </message>
    <message>
        <source>Render a synthetic spacecraft dataset</source>
        <translation>Renderizar um conjunto de dados sintético de espaçonave</translation>
    </message>
    <message>
        <source>Train a keypoint model into a run directory</source>
        <translation>Treinar um modelo de pontos-chave em um diretório de execução</translation>
    </message>
    <message>
        <source>Evaluate a model on an annotated dataset</source>
        <translation>Avaliar um modelo em um conjunto de dados anotado</translation>
    </message>
    <message>
        <source>Predict keypoints for a folder of images</source>
        <translation>Predizer pontos-chave para uma pasta de imagens</translation>
    </message>
    <message>
        <source>Generate, train, evaluate: the whole pipeline in minutes</source>
        <translation>Gerar, treinar, avaliar: o pipeline completo em minutos</translation>
    </message>
    <message>
        <source>Measure data and training throughput</source>
        <translation>Medir a vazão de dados e de treinamento</translation>
    </message>
    <message>
        <source>Usage: kpstudio COMMAND [OPTIONS]  (kpstudio COMMAND --help for details)</source>
        <translation>Uso: kpstudio COMANDO [OPÇÕES]  (kpstudio COMANDO --help para detalhes)</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>kpstudio: unknown command &apos;%1&apos;</source>
        <translation>kpstudio: comando desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Evaluate a model on an annotated dataset (visible keypoints only).</source>
        <translation>Avalia um modelo em um conjunto de dados anotado (apenas pontos-chave visíveis).</translation>
    </message>
    <message>
        <source>Weights file (best.pt, last.pt or exported).</source>
        <translation>Arquivo de pesos (best.pt, last.pt ou exportado).</translation>
    </message>
    <message>
        <source>Dataset root (Rendered_Images/, JSON_Data_REF/).</source>
        <translation>Raiz do conjunto de dados (Rendered_Images/, JSON_Data_REF/).</translation>
    </message>
    <message>
        <source>Output folder (overlays/, heatmaps/, original_overlays/, evaluation_summary.json).</source>
        <translation>Pasta de saída (overlays/, heatmaps/, original_overlays/, evaluation_summary.json).</translation>
    </message>
    <message>
        <source>all, or val: only the validation stems of split.json beside the model.</source>
        <translation>all, ou val: apenas as imagens de validação (stems do split.json ao lado do modelo).</translation>
    </message>
    <message>
        <source>--model, --data and --out are required</source>
        <translation>--model, --data e --out são obrigatórios</translation>
    </message>
    <message>
        <source>--split must be &apos;all&apos; or &apos;val&apos;</source>
        <translation>--split deve ser &apos;all&apos; ou &apos;val&apos;</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Relatório: %1</translation>
    </message>
    <message>
        <source>img</source>
        <translation>img</translation>
    </message>
    <message>
        <source>Predict keypoints for a folder of images; unlabelled images get 4SP annotation JSONs.</source>
        <translation>Prediz pontos-chave para uma pasta de imagens; imagens sem anotação recebem JSONs de anotação 4SP.</translation>
    </message>
    <message>
        <source>Image folder or dataset root.</source>
        <translation>Pasta de imagens ou raiz do conjunto de dados.</translation>
    </message>
    <message>
        <source>Output folder (overlays/, heatmaps/, original_overlays/, JSON_Data_REF/, evaluation_summary.json).</source>
        <translation>Pasta de saída (overlays/, heatmaps/, original_overlays/, JSON_Data_REF/, evaluation_summary.json).</translation>
    </message>
    <message>
        <source>Heatmap peak needed to write a keypoint as visible (0..1).</source>
        <translation>Pico do mapa de calor necessário para gravar um ponto-chave como visível (0..1).</translation>
    </message>
    <message>
        <source>--model, --images and --out are required</source>
        <translation>--model, --images e --out são obrigatórios</translation>
    </message>
    <message>
        <source>--threshold must be a number in [0, 1]</source>
        <translation>--threshold deve ser um número em [0, 1]</translation>
    </message>
    <message>
        <source>Predicted %1 images (%2 annotated, %3 new annotations in %4)</source>
        <translation>%1 imagens preditas (%2 anotadas, %3 novas anotações em %4)</translation>
    </message>
    <message>
        <source>Images per forward pass.</source>
        <translation>Imagens por passagem direta (forward).</translation>
    </message>
    <message>
        <source>cpu, cuda or cuda:N.</source>
        <translation>cpu, cuda ou cuda:N.</translation>
    </message>
    <message>
        <source>Decoding/writing threads (0 = all cores).</source>
        <translation>Threads de decodificação/gravação (0 = todos os núcleos).</translation>
    </message>
    <message>
        <source>Also write raw heatmaps as heatmaps/&lt;stem&gt;.npy (K x HEAT x HEAT float32).</source>
        <translation>Também grava os mapas de calor brutos como heatmaps/&lt;stem&gt;.npy (K x HEAT x HEAT float32).</translation>
    </message>
    <message>
        <source>Skip overlay and heatmap pictures (report files only).</source>
        <translation>Omite as imagens de sobreposição e de mapa de calor (apenas arquivos de relatório).</translation>
    </message>
    <message>
        <source>--batch must be a positive integer</source>
        <translation>--batch deve ser um inteiro positivo</translation>
    </message>
    <message>
        <source>--threads must be 0 or a positive integer</source>
        <translation>--threads deve ser 0 ou um inteiro positivo</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>... and %1 more problems</source>
        <translation>... e mais %1 problemas</translation>
    </message>
    <message>
        <source>Evaluate a model on an annotated dataset and write a report folder (report.html, report.pdf, plots, CSV and JSON metrics).</source>
        <translation>Avalia um modelo em um conjunto de dados anotado e grava uma pasta de relatório (report.html, report.pdf, gráficos, métricas em CSV e JSON).</translation>
    </message>
    <message>
        <source>Report folder (created when missing).</source>
        <translation>Pasta do relatório (criada se não existir).</translation>
    </message>
    <message>
        <source>Number of worst images shown with overlays.</source>
        <translation>Número de piores imagens mostradas com sobreposições.</translation>
    </message>
    <message>
        <source>--worst must be 0 or a positive integer</source>
        <translation>--worst deve ser 0 ou um inteiro positivo</translation>
    </message>
    <message>
        <source>needs a QApplication (internal error)</source>
        <translation>requer uma QApplication (erro interno)</translation>
    </message>
    <message>
        <source>Pose check: %1 of %2 images solved, median rotation error %3 deg</source>
        <translation>Verificação de pose: %1 de %2 imagens resolvidas, erro de rotação mediano %3 graus</translation>
    </message>
    <message>
        <source>Evaluate a model and write an HTML/PDF report with plots</source>
        <translation>Avaliar um modelo e gravar um relatório HTML/PDF com gráficos</translation>
    </message>
    <message>
        <source>Plot a validation metric of several runs against time</source>
        <translation>Traçar uma métrica de validação de várias execuções ao longo do tempo</translation>
    </message>
    <message>
        <source>Inference latency of the exported ONNX graph in OpenCV DNN against LibTorch (random weights, the same input), ms per image and the ratio, measured in one run.</source>
        <translation>Latência de inferência do grafo ONNX exportado no OpenCV DNN contra o LibTorch (pesos aleatórios, a mesma entrada), ms por imagem e a razão, medidas numa única execução.</translation>
    </message>
    <message>
        <source>Model presets, comma-separated (default small,seed).</source>
        <translation>Predefinições de modelo, separadas por vírgulas (padrão small,seed).</translation>
    </message>
    <message>
        <source>Images per forward pass (default 1).</source>
        <translation>Imagens por passagem direta (padrão 1).</translation>
    </message>
    <message>
        <source>Timed forward passes per runtime (default 5).</source>
        <translation>Passagens diretas cronometradas por runtime (padrão 5).</translation>
    </message>
    <message>
        <source>Threads for both runtimes (default: all cores).</source>
        <translation>Threads para ambos os runtimes (padrão: todos os núcleos).</translation>
    </message>
    <message>
        <source>--batch must be a positive whole number</source>
        <translation>--batch deve ser um número inteiro positivo</translation>
    </message>
    <message>
        <source>--iterations must be a positive whole number</source>
        <translation>--iterations deve ser um número inteiro positivo</translation>
    </message>
    <message>
        <source>--threads must be a positive whole number</source>
        <translation>--threads deve ser um número inteiro positivo</translation>
    </message>
    <message>
        <source>ONNX inference, OpenCV DNN %1 vs LibTorch, batch %2, %3 threads, %4 iterations</source>
        <translation>Inferência ONNX, OpenCV DNN %1 vs LibTorch, lote %2, %3 threads, %4 iterações</translation>
    </message>
    <message>
        <source>%1 (%2, %3 px, %4 MB ONNX): LibTorch %5 ms/image, OpenCV DNN %6 ms/image, OpenCV/LibTorch time ratio %7 (max |dheatmap| %8)</source>
        <translation>%1 (%2, %3 px, %4 MB ONNX): LibTorch %5 ms/imagem, OpenCV DNN %6 ms/imagem, razão de tempo OpenCV/LibTorch %7 (máx. |dheatmap| %8)</translation>
    </message>
    <message>
        <source>--arrays and --data exclude each other</source>
        <translation>--arrays e --data são mutuamente exclusivos</translation>
    </message>
    <message>
        <source>--model, --arrays and --out are required</source>
        <translation>--model, --arrays e --out são obrigatórios</translation>
    </message>
    <message>
        <source>Evaluate on the seed&apos;s arrays (X_data.npy, Y_data.npz in DIR) instead of --data.</source>
        <translation>Avaliar com os arrays do seed (X_data.npy, Y_data.npz em DIR) em vez de --data.</translation>
    </message>
    <message>
        <source>Export a trained model as ONNX (input `image`, outputs `heatmaps` and `coords`) and verify it with OpenCV DNN against LibTorch; a file that fails is kept as &lt;out&gt;.unverified.</source>
        <translation>Exportar um modelo treinado como ONNX (entrada `image`, saídas `heatmaps` e `coords`) e verificá-lo com o OpenCV DNN contra o LibTorch; um arquivo que falhar é mantido como &lt;out&gt;.unverified.</translation>
    </message>
    <message>
        <source>Weights file (best.pt, last.pt).</source>
        <translation>Arquivo de pesos (best.pt, last.pt).</translation>
    </message>
    <message>
        <source>Export format: onnx.</source>
        <translation>Formato de exportação: onnx.</translation>
    </message>
    <message>
        <source>Output file (model.onnx).</source>
        <translation>Arquivo de saída (model.onnx).</translation>
    </message>
    <message>
        <source>ONNX opset, %1..%2 (default %3).</source>
        <translation>Opset ONNX, %1..%2 (padrão %3).</translation>
    </message>
    <message>
        <source>Batch dimension: dynamic or a fixed size N.</source>
        <translation>Dimensão do lote: dynamic ou um tamanho fixo N.</translation>
    </message>
    <message>
        <source>Graph outputs: heatmaps, coords or both.</source>
        <translation>Saídas do grafo: heatmaps, coords ou ambas.</translation>
    </message>
    <message>
        <source>Put the input normalisation into the graph: it then takes raw 0-255 RGB crops.</source>
        <translation>Incluir a normalização da entrada no grafo: ele passa a receber recortes RGB brutos de 0-255.</translation>
    </message>
    <message>
        <source>Dataset whose first images are the verification crops (default: rendered synthetic images).</source>
        <translation>Conjunto de dados cujas primeiras imagens são os recortes de verificação (padrão: imagens sintéticas renderizadas).</translation>
    </message>
    <message>
        <source>Number of verification crops (default 4).</source>
        <translation>Número de recortes de verificação (padrão 4).</translation>
    </message>
    <message>
        <source>Only verify an exported file against --model (no export).</source>
        <translation>Apenas verificar um arquivo exportado contra --model (sem exportar).</translation>
    </message>
    <message>
        <source>--model is required</source>
        <translation>--model é obrigatório</translation>
    </message>
    <message>
        <source>--crops must be a whole number in [1, 64]</source>
        <translation>--crops deve ser um número inteiro em [1, 64]</translation>
    </message>
    <message>
        <source>%1 failed the verification</source>
        <translation>%1 falhou na verificação</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (known: onnx)</source>
        <translation>formato desconhecido &apos;%1&apos; (conhecido: onnx)</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>--out é obrigatório</translation>
    </message>
    <message>
        <source>--opset must be a whole number, got &apos;%1&apos;</source>
        <translation>--opset deve ser um número inteiro, recebido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--batch must be &apos;dynamic&apos; or a positive whole number, got &apos;%1&apos;</source>
        <translation>--batch deve ser &apos;dynamic&apos; ou um número inteiro positivo, recebido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Exported %1 (%2 MB, opset %3, batch %4, outputs %5); weights SHA-256 %6</source>
        <translation>%1 exportado (%2 MB, opset %3, lote %4, saídas %5); SHA-256 dos pesos %6</translation>
    </message>
    <message>
        <source>verification failed; the file is kept as %1</source>
        <translation>a verificação falhou; o arquivo é mantido como %1</translation>
    </message>
    <message>
        <source>Convert a Keras model of the seed&apos;s network (.keras of Keras 3 or 2.13, or a legacy .h5) into a Keypoint Studio weights file.</source>
        <translation>Converter um modelo Keras da rede do seed (.keras do Keras 3 ou 2.13, ou um .h5 legado) em um arquivo de pesos do Keypoint Studio.</translation>
    </message>
    <message>
        <source>Keras model file</source>
        <translation>Arquivo de modelo Keras</translation>
    </message>
    <message>
        <source>Weights file to write (.pt).</source>
        <translation>Arquivo de pesos a gravar (.pt).</translation>
    </message>
    <message>
        <source>expected one MODEL file (kpstudio import-keras --help)</source>
        <translation>esperado um arquivo MODEL (kpstudio import-keras --help)</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE é obrigatório</translation>
    </message>
    <message>
        <source>Imported %1 (%2): K = %3, input %4 px, decoder %5 -&gt; %6</source>
        <translation>%1 importado (%2): K = %3, entrada %4 px, decodificador %5 -&gt; %6</translation>
    </message>
    <message>
        <source>Export a model as ONNX, verified with OpenCV DNN against LibTorch</source>
        <translation>Exportar um modelo como ONNX, verificado com o OpenCV DNN contra o LibTorch</translation>
    </message>
    <message>
        <source>Write the seed&apos;s X_data.npy / Y_data.npz arrays from a dataset</source>
        <translation>Gravar os arrays X_data.npy / Y_data.npz do seed a partir de um conjunto de dados</translation>
    </message>
    <message>
        <source>Convert a Keras model of the seed (.keras, .h5) into a weights file</source>
        <translation>Converter um modelo Keras do seed (.keras, .h5) em um arquivo de pesos</translation>
    </message>
    <message>
        <source>--nproc does not apply to --arrays</source>
        <translation>--nproc não se aplica a --arrays</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Annotate, train and inspect heatmap keypoint detectors for spacecraft pose estimation.</source>
        <translation>Anote, treine e inspecione detectores de pontos-chave por mapas de calor para a estimação de pose de espaçonaves.</translation>
    </message>
    <message>
        <source>Open the built-in demo dataset.</source>
        <translation>Abrir o conjunto de dados de demonstração embutido.</translation>
    </message>
    <message>
        <source>User interface language (en, pt_BR, de).</source>
        <translation>Idioma da interface (en, pt_BR, de).</translation>
    </message>
    <message>
        <source>Dataset folder to open (4SP layout).</source>
        <translation>Pasta do conjunto de dados a abrir (formato 4SP).</translation>
    </message>
    <message>
        <source>Save screenshots of the window into the folder, then quit.</source>
        <translation>Salvar capturas de tela da janela na pasta e depois sair.</translation>
    </message>
    <message>
        <source>Training run folder to show on the Train page (followed live while it is being written).</source>
        <translation>Pasta da execução de treinamento a mostrar na página Treinar (acompanhada ao vivo enquanto está sendo gravada).</translation>
    </message>
    <message>
        <source>Window size for --screenshots (default 1280x800).</source>
        <translation>Tamanho da janela para --screenshots (padrão 1280x800).</translation>
    </message>
    <message>
        <source>expected WxH, e.g. 1366x768</source>
        <translation>esperado LxA, p. ex. 1366x768</translation>
    </message>
</context>
</TS>
