<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ActionPlanModel</name>
    <message>
        <source>{status} — overdue</source>
        <translation>{status} — vencida</translation>
    </message>
    <message numerus="yes">
        <source>Overdue: the deadline passed %n day(s) ago</source>
        <translation>
            <numerusform>Vencida: el plazo pasó hace %n día</numerusform>
            <numerusform>Vencida: el plazo pasó hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Change {what} of {code}</source>
        <translation>Cambiar {what} de {code}</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Nuevo proyecto</translation>
    </message>
    <message>
        <source>Start a blank project</source>
        <translation>Empezar un proyecto en blanco</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Nuevo a partir de una &amp;plantilla…</translation>
    </message>
    <message>
        <source>Start from the stage library template</source>
        <translation>Partir de la plantilla de la biblioteca de etapas</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a .riskmap project</source>
        <translation>Abrir un proyecto .riskmap</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Guardar el proyecto</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Save the project under another name</source>
        <translation>Guardar el proyecto con otro nombre</translation>
    </message>
    <message>
        <source>Save with Pass&amp;word…</source>
        <translation>Guardar con &amp;contraseña…</translation>
    </message>
    <message>
        <source>Encrypt the project with a password (set or change it)</source>
        <translation>Cifrar el proyecto con una contraseña (definirla o cambiarla)</translation>
    </message>
    <message>
        <source>Remove Passwor&amp;d…</source>
        <translation>Quitar la con&amp;traseña…</translation>
    </message>
    <message>
        <source>Save the project without encryption from now on</source>
        <translation>Guardar en adelante el proyecto sin cifrado</translation>
    </message>
    <message>
        <source>&amp;Merge a Copy…</source>
        <translation>&amp;Fusionar una copia…</translation>
    </message>
    <message>
        <source>Bring in the changes of a copy edited elsewhere (both sets of edits are kept)</source>
        <translation>Incorporar los cambios de una copia editada en otro lugar (se conservan ambas series de cambios)</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Cerrar el proyecto</translation>
    </message>
    <message>
        <source>Close the project</source>
        <translation>Cerrar el proyecto</translation>
    </message>
    <message>
        <source>Export to &amp;Excel…</source>
        <translation>Exportar a &amp;Excel…</translation>
    </message>
    <message>
        <source>Export the register and action plan to an Excel workbook</source>
        <translation>Exportar el registro y el plan de acción a un libro de Excel</translation>
    </message>
    <message>
        <source>Export to &amp;PDF…</source>
        <translation>Exportar a &amp;PDF…</translation>
    </message>
    <message>
        <source>Export the PDF report</source>
        <translation>Exportar el informe PDF</translation>
    </message>
    <message>
        <source>Export SVG &amp;Drawings…</source>
        <translation>Exportar &amp;dibujos SVG…</translation>
    </message>
    <message>
        <source>Export the process maps and heat maps as SVG drawings</source>
        <translation>Exportar los mapas de procesos y los mapas de calor como dibujos SVG</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit riskmap</source>
        <translation>Salir de riskmap</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo the edit undone</source>
        <translation>Rehacer el cambio deshecho</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>Cut the selected stages</source>
        <translation>Cortar las etapas seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selected stages with their risks</source>
        <translation>Copiar las etapas seleccionadas con sus riesgos</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Paste stages and their risks</source>
        <translation>Pegar etapas y sus riesgos</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected stages (with their flows and risks)</source>
        <translation>Eliminar las etapas seleccionadas (con sus flujos y riesgos)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>Select every stage</source>
        <translation>Seleccionar todas las etapas</translation>
    </message>
    <message>
        <source>Copy &amp;Map as Image</source>
        <translation>Copiar el &amp;mapa como imagen</translation>
    </message>
    <message>
        <source>Copy the whole process map as a picture, for slides</source>
        <translation>Copiar todo el mapa del proceso como imagen, para diapositivas</translation>
    </message>
    <message>
        <source>Copy &amp;Heat Map as Image</source>
        <translation>Copiar el mapa de &amp;calor como imagen</translation>
    </message>
    <message>
        <source>Copy the heat map as a picture, for slides</source>
        <translation>Copiar el mapa de calor como imagen, para diapositivas</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Cambiar el &amp;nombre</translation>
    </message>
    <message>
        <source>Rename the selected stage or flow</source>
        <translation>Cambiar el nombre de la etapa o el flujo seleccionado</translation>
    </message>
    <message>
        <source>&amp;Find Stage…</source>
        <translation>&amp;Buscar una etapa…</translation>
    </message>
    <message>
        <source>Find a stage by code or name</source>
        <translation>Buscar una etapa por código o nombre</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferencias…</translation>
    </message>
    <message>
        <source>Your name for the audit trail, backups, autosave, language</source>
        <translation>Su nombre para la pista de auditoría, copias de seguridad, guardado automático, idioma</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>A&amp;justar a la ventana</translation>
    </message>
    <message>
        <source>Show the whole process</source>
        <translation>Mostrar todo el proceso</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>Tamaño &amp;real</translation>
    </message>
    <message>
        <source>Zoom to 100 %</source>
        <translation>Zoom al 100 %</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <source>Presentation view for the projector</source>
        <translation>Vista de presentación para el proyector</translation>
    </message>
    <message>
        <source>&amp;Inherent</source>
        <translation>&amp;Inherente</translation>
    </message>
    <message>
        <source>Colour by inherent risk (before controls)</source>
        <translation>Colorear según el riesgo inherente (antes de los controles)</translation>
    </message>
    <message>
        <source>&amp;Residual</source>
        <translation>&amp;Residual</translation>
    </message>
    <message>
        <source>Colour by residual risk (with existing controls)</source>
        <translation>Colorear según el riesgo residual (con los controles existentes)</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Objetivo</translation>
    </message>
    <message>
        <source>Colour by target risk (after planned measures)</source>
        <translation>Colorear según el riesgo objetivo (tras las medidas previstas)</translation>
    </message>
    <message>
        <source>&amp;Standard</source>
        <translation>&amp;Estándar</translation>
    </message>
    <message>
        <source>Bands in the colours of the scale profile</source>
        <translation>Niveles de riesgo con los colores de la escala de valoración</translation>
    </message>
    <message>
        <source>&amp;Colour-blind Safe</source>
        <translation>Apto para &amp;daltónicos</translation>
    </message>
    <message>
        <source>Bands from pale yellow to dark purple: told apart with any colour vision and in greyscale</source>
        <translation>Niveles del amarillo pálido al morado oscuro: se distinguen con cualquier visión de los colores y en escala de grises</translation>
    </message>
    <message>
        <source>&amp;Patterns on Bands</source>
        <translation>&amp;Tramas en los niveles</translation>
    </message>
    <message>
        <source>Hatch the bands, denser the higher the band, so that they read without colour</source>
        <translation>Rayar los niveles, más denso cuanto más alto el nivel, para que se lean sin color</translation>
    </message>
    <message>
        <source>&amp;Next Panel</source>
        <translation>Panel &amp;siguiente</translation>
    </message>
    <message>
        <source>Move the keyboard to the next panel (map, inspector, heat map, register…)</source>
        <translation>Llevar el teclado al panel siguiente (mapa, inspector, mapa de calor, registro…)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Panel</source>
        <translation>Panel &amp;anterior</translation>
    </message>
    <message>
        <source>Move the keyboard to the previous panel</source>
        <translation>Llevar el teclado al panel anterior</translation>
    </message>
    <message>
        <source>&amp;Audit Trail…</source>
        <translation>Pista de &amp;auditoría…</translation>
    </message>
    <message>
        <source>Who changed what and when, saved with the project</source>
        <translation>Quién cambió qué y cuándo, guardado con el proyecto</translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation>Añadir una &amp;etapa</translation>
    </message>
    <message>
        <source>Add a stage to the process</source>
        <translation>Añadir una etapa al proceso</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>&amp;Connect Stages</source>
        <translation>&amp;Conectar etapas</translation>
    </message>
    <message>
        <source>Drag from one stage to another to add a flow</source>
        <translation>Arrastrar de una etapa a otra para añadir un flujo</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Connect &amp;To…</source>
        <translation>Conectar &amp;con…</translation>
    </message>
    <message>
        <source>Add a flow from the selected stage: choose the next stage with the arrow keys or Tab, then press Enter</source>
        <translation>Añadir un flujo desde la etapa seleccionada: elegir la etapa siguiente con las flechas o Tab y pulsar Intro</translation>
    </message>
    <message>
        <source>Automatic &amp;Layout</source>
        <translation>&amp;Disposición automática</translation>
    </message>
    <message>
        <source>Arrange the stages that were not placed by hand</source>
        <translation>Colocar las etapas que no se situaron a mano</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Disposición</translation>
    </message>
    <message>
        <source>&amp;New Process</source>
        <translation>&amp;Nuevo proceso</translation>
    </message>
    <message>
        <source>Add a process to the project</source>
        <translation>Añadir un proceso al proyecto</translation>
    </message>
    <message>
        <source>&amp;Rename Process…</source>
        <translation>Cambiar el &amp;nombre del proceso…</translation>
    </message>
    <message>
        <source>Rename the current process</source>
        <translation>Cambiar el nombre del proceso actual</translation>
    </message>
    <message>
        <source>&amp;Delete Process</source>
        <translation>&amp;Eliminar el proceso</translation>
    </message>
    <message>
        <source>Delete the current process with its stages and risks</source>
        <translation>Eliminar el proceso actual con sus etapas y riesgos</translation>
    </message>
    <message>
        <source>Scale &amp;Profile…</source>
        <translation>Escala de &amp;valoración…</translation>
    </message>
    <message>
        <source>Choose or edit the likelihood and impact scales</source>
        <translation>Elegir o editar las escalas de probabilidad e impacto</translation>
    </message>
    <message>
        <source>P&amp;articipants…</source>
        <translation>P&amp;articipantes…</translation>
    </message>
    <message>
        <source>Who takes part, and whether votes stay anonymous</source>
        <translation>Quién participa y si los votos son anónimos</translation>
    </message>
    <message>
        <source>&amp;Group Scoring…</source>
        <translation>Valoración en &amp;grupo…</translation>
    </message>
    <message>
        <source>Each participant votes; the group agrees a score (selected risks, or all)</source>
        <translation>Cada participante vota; el grupo acuerda una puntuación (riesgos seleccionados, o todos)</translation>
    </message>
    <message>
        <source>&amp;Suggestions from the Library…</source>
        <translation>&amp;Sugerencias de la biblioteca…</translation>
    </message>
    <message>
        <source>Typical risks for a stage, measures for a risk</source>
        <translation>Riesgos típicos para una etapa, medidas para un riesgo</translation>
    </message>
    <message>
        <source>&amp;Close Round…</source>
        <translation>&amp;Cerrar la ronda…</translation>
    </message>
    <message>
        <source>Keep a dated snapshot of every score and status</source>
        <translation>Conservar una instantánea fechada de cada puntuación y estado</translation>
    </message>
    <message>
        <source>&amp;Rounds and Comparison…</source>
        <translation>&amp;Rondas y comparación…</translation>
    </message>
    <message>
        <source>Compare two rounds, show what moved, copy a round forward</source>
        <translation>Comparar dos rondas, mostrar lo que cambió, retomar una ronda</translation>
    </message>
    <message>
        <source>&amp;About riskmap</source>
        <translation>&amp;Acerca de riskmap</translation>
    </message>
    <message>
        <source>About riskmap</source>
        <translation>Acerca de riskmap</translation>
    </message>
</context>
<context>
    <name>AgreedScore</name>
    <message>
        <source>Agreed likelihood</source>
        <translation>Probabilidad acordada</translation>
    </message>
    <message>
        <source>Agreed impact</source>
        <translation>Impacto acordado</translation>
    </message>
    <message>
        <source>Use median</source>
        <translation>Usar la mediana</translation>
    </message>
    <message>
        <source>Why the group agreed this score, e.g. “supervisor review covers 10 % of files”</source>
        <translation>Por qué el grupo acordó esta puntuación, p. ej. «la revisión del supervisor cubre el 10 % de los expedientes»</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Valor anterior</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Valor nuevo</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <source>Export the audit trail</source>
        <translation>Exportar la pista de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>Pista de auditoría</translation>
    </message>
    <message>
        <source>Filter by name, code, field or value…</source>
        <translation>Filtrar por nombre, código, campo o valor…</translation>
    </message>
    <message>
        <source>No changes recorded yet. Each save adds what changed since the last one, with your name (Edit &gt; Preferences).</source>
        <translation>Todavía no hay cambios registrados. Cada guardado añade lo que cambió desde el anterior, con su nombre (Edición &gt; Preferencias).</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>The whole audit trail as a CSV file, for a spreadsheet</source>
        <translation>Toda la pista de auditoría en un archivo CSV, para una hoja de cálculo</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 changes</source>
        <translation>%1 de %2 cambios</translation>
    </message>
    <message>
        <source>Not exported: {error}</source>
        <translation>No exportado: {error}</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportado a {path}</translation>
    </message>
</context>
<context>
    <name>CloseRoundDialog</name>
    <message>
        <source>Round {number} – {month}</source>
        <translation>Ronda {number} – {month}</translation>
    </message>
    <message>
        <source>Close round</source>
        <translation>Cerrar la ronda</translation>
    </message>
    <message>
        <source>e.g. Yearly reassessment with the Sabaki port team; new scanner in service since March</source>
        <translation>p. ej. Reevaluación anual con el equipo del puerto de Sabaki; nuevo escáner en servicio desde marzo</translation>
    </message>
    <message>
        <source>The round keeps today&apos;s scores of all %1 risks and the status of all %2 measures, to compare with later rounds. Work goes on in the current state.</source>
        <translation>La ronda conserva las puntuaciones de hoy de los %1 riesgos y el estado de las %2 medidas, para compararlas con rondas posteriores. El trabajo continúa en el estado actual.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Cerrada el</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Give the round a name.</source>
        <translation>Dé un nombre a la ronda.</translation>
    </message>
    <message>
        <source>Another round is already called “%s”.</source>
        <translation>Otra ronda ya se llama «%s».</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <source>Band colour</source>
        <translation>Color del nivel</translation>
    </message>
</context>
<context>
    <name>ColumnMenu</name>
    <message>
        <source>Right-click to show or hide columns</source>
        <translation>Clic derecho para mostrar u ocultar columnas</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Linked risks</source>
        <translation>Riesgos vinculados</translation>
    </message>
    <message>
        <source>Key factor(s)</source>
        <translation>Factor(es) clave</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Supporting unit</source>
        <translation>Unidad de apoyo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress %</source>
        <translation>Avance %</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Risk statement</source>
        <translation>Descripción del riesgo</translation>
    </message>
    <message>
        <source>Corruption type</source>
        <translation>Tipo de corrupción</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>Enabling factors</source>
        <translation>Factores facilitadores</translation>
    </message>
    <message>
        <source>Existing controls</source>
        <translation>Controles existentes</translation>
    </message>
    <message>
        <source>Inherent L</source>
        <translation>P inherente</translation>
    </message>
    <message>
        <source>Inherent I</source>
        <translation>I inherente</translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation>Inherente</translation>
    </message>
    <message>
        <source>Residual L</source>
        <translation>P residual</translation>
    </message>
    <message>
        <source>Residual I</source>
        <translation>I residual</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Residual</translation>
    </message>
    <message>
        <source>Target L</source>
        <translation>P objetivo</translation>
    </message>
    <message>
        <source>Target I</source>
        <translation>I objetivo</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Risk owner</source>
        <translation>Responsable del riesgo</translation>
    </message>
    <message>
        <source>Linked measures</source>
        <translation>Medidas vinculadas</translation>
    </message>
    <message>
        <source>Key factors</source>
        <translation>Factores clave</translation>
    </message>
    <message>
        <source>Source of evidence</source>
        <translation>Fuente de evidencia</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Última revisión</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>▲ Up</source>
        <translation>▲ Sube</translation>
    </message>
    <message>
        <source>▼ Down</source>
        <translation>▼ Baja</translation>
    </message>
    <message>
        <source>Rescored</source>
        <translation>Revalorado</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Δ score</source>
        <translation>Δ puntuación</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>L{likelihood} I{impact}</source>
        <translation>P{likelihood} I{impact}</translation>
    </message>
</context>
<context>
    <name>ControlsEditor</name>
    <message>
        <source>Existing control</source>
        <translation>Control existente</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>Eficacia</translation>
    </message>
    <message>
        <source>Add control</source>
        <translation>Añadir un control</translation>
    </message>
    <message>
        <source>Remove control</source>
        <translation>Quitar el control</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <source>Risks by band</source>
        <translation>Riesgos por nivel</translation>
    </message>
    <message>
        <source>Top residual risks</source>
        <translation>Riesgos residuales más altos</translation>
    </message>
    <message>
        <source>Measures by status</source>
        <translation>Medidas por estado</translation>
    </message>
    <message>
        <source>Key factors (measures)</source>
        <translation>Factores clave (medidas)</translation>
    </message>
    <message>
        <source>Overdue measures</source>
        <translation>Medidas vencidas</translation>
    </message>
    <message>
        <source>Unscored</source>
        <translation>Sin puntuar</translation>
    </message>
    <message>
        <source>{measures} ({done} done)</source>
        <translation>{measures} ({done} hechas)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>{factor}: {measures}, {done} done, covering {risks}</source>
        <translation>{factor}: {measures}, {done} realizadas, que cubren {risks}</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n medida</numerusform>
            <numerusform>%n medidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n riesgo</numerusform>
            <numerusform>%n riesgos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; overdue</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; vencida</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; vencidas</numerusform>
        </translation>
    </message>
    <message>
        <source>none overdue</source>
        <translation>ninguna vencida</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; risk(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; riesgo</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; riesgos</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; {band} residual</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; con nivel residual {band}</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; measure(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; medida</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; medidas</numerusform>
        </translation>
    </message>
    <message>
        <source>No risk scored yet</source>
        <translation>Todavía no hay riesgos valorados</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline {date}, owner {owner}</source>
        <translation>Plazo {date}, responsable {owner}</translation>
    </message>
    <message>
        <source>… and {count} more (filter the action plan on “Overdue only”)</source>
        <translation>… y {count} más (filtrar el plan de acción por «Solo vencidas»)</translation>
    </message>
    <message>
        <source>No measure is overdue</source>
        <translation>Ninguna medida vencida</translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <source>Stage library</source>
        <translation>Biblioteca de etapas</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Problemas ({count})</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
</context>
<context>
    <name>EnterPasswordDialog</name>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>“{name}” is encrypted. Enter its password to open it.</source>
        <translation>«{name}» está cifrado. Introduzca su contraseña para abrirlo.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Summary, heat map, risk register, action plan and stages; managers can update the status of measures and send it back.</source>
        <translation>Resumen, mapa de calor, registro de riesgos, plan de acción y etapas; los responsables pueden actualizar el estado de las medidas y devolver el libro.</translation>
    </message>
    <message>
        <source>Report with cover, executive summary, process maps, heat maps, register, action plan by key factor and method annex.</source>
        <translation>Informe con portada, resumen ejecutivo, mapas de procesos, mapas de calor, registro, plan de acción por factor clave y anexo metodológico.</translation>
    </message>
    <message>
        <source>One drawing per process map and per heat map, into a folder.</source>
        <translation>Un dibujo por mapa de proceso y por mapa de calor, en una carpeta.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Redact for a wider audience (names and evidence removed)</source>
        <translation>Censurar para una difusión más amplia (sin nombres ni evidencias)</translation>
    </message>
    <message>
        <source>For copies shared beyond the team: owners, actors, participants and authors become “[redacted]”, sources of evidence are left out, and the export is marked REDACTED</source>
        <translation>Para copias compartidas fuera del equipo: responsables, actores, participantes y autores pasan a «[redacted]», se omiten las fuentes de evidencia y la exportación lleva la marca CENSURADO</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Sin comparación</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Estado actual</translation>
    </message>
    <message>
        <source>with</source>
        <translation>con</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Second language (headings)</source>
        <translation>Segundo idioma (títulos)</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Compare rounds</source>
        <translation>Comparar rondas</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>Excel workbook</source>
        <translation>Libro de Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Informe PDF</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Informe PDF (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawings for slides</source>
        <translation>Dibujos SVG para diapositivas</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Error inesperado: {error}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>The export did not complete.</source>
        <translation>La exportación no se completó.</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportación terminada</translation>
    </message>
    <message>
        <source>Exported to:</source>
        <translation>Exportado a:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Abrir el archivo</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Choose a folder for the SVG drawings</source>
        <translation>Elegir una carpeta para los dibujos SVG</translation>
    </message>
    <message>
        <source>Export {what}</source>
        <translation>Exportar: {what}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>An export is still running; wait for it to finish.</source>
        <translation>Todavía hay una exportación en curso; espere a que termine.</translation>
    </message>
    <message>
        <source>Exporting the {what}…</source>
        <translation>Exportando: {what}…</translation>
    </message>
</context>
<context>
    <name>FileManager</name>
    <message>
        <source>riskmap projects (*.riskmap);;All files (*)</source>
        <translation>Proyectos riskmap (*.riskmap);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>¿Guardar los cambios de «{name}» antes de cerrar?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Sus cambios se perderán si no los guarda.</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Abrir un proyecto</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Guardar el proyecto como</translation>
    </message>
    <message>
        <source>Remove Password</source>
        <translation>Quitar la contraseña</translation>
    </message>
    <message>
        <source>Save “{name}” without a password?</source>
        <translation>¿Guardar «{name}» sin contraseña?</translation>
    </message>
    <message>
        <source>Anyone who gets a copy of the file will be able to read it. Backups and recovery files will not be encrypted either.</source>
        <translation>Cualquiera que obtenga una copia del archivo podrá leerlo. Las copias de seguridad y los archivos de recuperación tampoco estarán cifrados.</translation>
    </message>
    <message>
        <source>Wrong password, or the file was altered. Try again.</source>
        <translation>Contraseña incorrecta, o el archivo fue alterado. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Cannot open {name}</source>
        <translation>No se puede abrir {name}</translation>
    </message>
    <message>
        <source>Cannot save {name}</source>
        <translation>No se puede guardar {name}</translation>
    </message>
</context>
<context>
    <name>FlowItem</name>
    <message>
        <source>Risks on this hand-over: {badge}</source>
        <translation>Riesgos en este traspaso: {badge}</translation>
    </message>
</context>
<context>
    <name>GroupScoringDialog</name>
    <message>
        <source>Group scoring</source>
        <translation>Valoración en grupo</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>No participants yet: add them under Workshop ▸ Participants, then come back to vote.</source>
        <translation>Todavía no hay participantes: añádalos en Taller ▸ Participantes y vuelva para votar.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Record and next ▶</source>
        <translation>Registrar y siguiente ▶</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Individual votes</source>
        <translation>Votos individuales</translation>
    </message>
    <message>
        <source>Agreed score</source>
        <translation>Puntuación acordada</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersión</translation>
    </message>
    <message>
        <source>No risk to score yet.</source>
        <translation>Todavía no hay riesgos que valorar.</translation>
    </message>
    <message>
        <source>Risk %1 of %2</source>
        <translation>Riesgo %1 de %2</translation>
    </message>
    <message>
        <source>%d participant(s) picked only one level.</source>
        <translation>%d participante(s) eligieron un solo nivel.</translation>
    </message>
    <message>
        <source>Not recorded yet (Ctrl+Enter records and moves on).</source>
        <translation>Todavía sin registrar (Ctrl+Intro registra y pasa al siguiente).</translation>
    </message>
    <message>
        <source>Not scored yet.</source>
        <translation>Todavía sin valorar.</translation>
    </message>
    <message>
        <source>Votes and agreed score recorded.</source>
        <translation>Votos y puntuación acordada registrados.</translation>
    </message>
    <message>
        <source>Score recorded before the workshop; votes typed now propose a new one.</source>
        <translation>Puntuación registrada antes del taller; los votos introducidos ahora proponen una nueva.</translation>
    </message>
    <message>
        <source>Group score of %s</source>
        <translation>Puntuación de grupo de %s</translation>
    </message>
    <message>
        <source>Votes not recorded</source>
        <translation>Votos sin registrar</translation>
    </message>
    <message>
        <source>Record the votes and the agreed score of %s first?</source>
        <translation>¿Registrar primero los votos y la puntuación acordada de %s?</translation>
    </message>
</context>
<context>
    <name>HeatmapPanel</name>
    <message>
        <source>Show the {kind} scores</source>
        <translation>Mostrar las puntuaciones: {kind}</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copiar la imagen</translation>
    </message>
    <message>
        <source>Copy the heat map to the clipboard, for slides</source>
        <translation>Copiar el mapa de calor al portapapeles, para diapositivas</translation>
    </message>
    <message numerus="yes">
        <source>Inherent risk — %n risk(s)</source>
        <translation>
            <numerusform>Riesgo inherente — %n riesgo</numerusform>
            <numerusform>Riesgo inherente — %n riesgos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Residual risk — %n risk(s)</source>
        <translation>
            <numerusform>Riesgo residual — %n riesgo</numerusform>
            <numerusform>Riesgo residual — %n riesgos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Target risk — %n risk(s)</source>
        <translation>
            <numerusform>Riesgo objetivo — %n riesgo</numerusform>
            <numerusform>Riesgo objetivo — %n riesgos</numerusform>
        </translation>
    </message>
    <message>
        <source>Not scored yet ({count}): {codes}</source>
        <translation>Todavía sin valorar ({count}): {codes}</translation>
    </message>
</context>
<context>
    <name>HeatmapWidget</name>
    <message>
        <source>Heat map</source>
        <translation>Mapa de calor</translation>
    </message>
    <message numerus="yes">
        <source>Likelihood {lik}, impact {imp}: {band}, score {score}, %n risk(s) {codes}</source>
        <translation>
            <numerusform>Probabilidad {lik}, impacto {imp}: {band}, puntuación {score}, %n riesgo {codes}</numerusform>
            <numerusform>Probabilidad {lik}, impacto {imp}: {band}, puntuación {score}, %n riesgos {codes}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s). Arrow keys move between cells; Enter shows a cell&apos;s risks in the register.</source>
        <translation>
            <numerusform>%n riesgo. Las flechas pasan de una celda a otra; Intro muestra los riesgos de una celda en el registro.</numerusform>
            <numerusform>%n riesgos. Las flechas pasan de una celda a otra; Intro muestra los riesgos de una celda en el registro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag to another cell to re-score.</source>
        <translation>Arrastrar a otra celda para volver a valorar.</translation>
    </message>
    <message numerus="yes">
        <source>{lik} × {imp}: score {score}, {band} — %n risk(s)</source>
        <translation>
            <numerusform>{lik} × {imp}: puntuación {score}, {band} — %n riesgo</numerusform>
            <numerusform>{lik} × {imp}: puntuación {score}, {band} — %n riesgos</numerusform>
        </translation>
    </message>
    <message>
        <source>(shown in the register)</source>
        <translation>(mostrados en el registro)</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation>Impacto →</translation>
    </message>
    <message>
        <source>Likelihood →</source>
        <translation>Probabilidad →</translation>
    </message>
</context>
<context>
    <name>HolderCombo</name>
    <message>
        <source>Flow {name}</source>
        <translation>Flujo {name}</translation>
    </message>
    <message>
        <source>Choose the stage (type to search)</source>
        <translation>Elegir la etapa (escriba para buscar)</translation>
    </message>
</context>
<context>
    <name>HolderForm</name>
    <message>
        <source>What happens at this stage, who decides</source>
        <translation>Qué ocurre en esta etapa, quién decide</translation>
    </message>
    <message>
        <source>e.g. Examination officer, Customs broker</source>
        <translation>p. ej. Funcionario de reconocimiento, agente de aduanas</translation>
    </message>
    <message>
        <source>e.g. red channel</source>
        <translation>p. ej. canal rojo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Enabling factors</source>
        <translation>Factores facilitadores</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Entre</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>name</source>
        <translation>el nombre</translation>
    </message>
    <message>
        <source>description</source>
        <translation>la descripción</translation>
    </message>
    <message>
        <source>actors</source>
        <translation>los actores</translation>
    </message>
    <message>
        <source>office</source>
        <translation>la oficina</translation>
    </message>
    <message>
        <source>enabling factors</source>
        <translation>los factores facilitadores</translation>
    </message>
    <message>
        <source>label</source>
        <translation>la etiqueta</translation>
    </message>
    <message>
        <source>Change {field} of {code}</source>
        <translation>Cambiar {field} de {code}</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>Select a stage or a flow on the map to see its properties and its risks.</source>
        <translation>Seleccione una etapa o un flujo en el mapa para ver sus propiedades y sus riesgos.</translation>
    </message>
    <message>
        <source>New risk: actor – action – outcome, then Enter</source>
        <translation>Nuevo riesgo: actor – acción – resultado, luego Intro</translation>
    </message>
    <message>
        <source>New risk statement</source>
        <translation>Descripción del nuevo riesgo</translation>
    </message>
    <message>
        <source>Enter adds the risk; Ctrl+Enter adds it in the full editor, to score it</source>
        <translation>Intro añade el riesgo; Ctrl+Intro lo añade en el editor completo, para valorarlo</translation>
    </message>
    <message>
        <source>Risks of the selected stage or flow</source>
        <translation>Riesgos de la etapa o el flujo seleccionado</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>New risk…</source>
        <translation>Nuevo riesgo…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Flow {code}</source>
        <translation>Flujo {code}</translation>
    </message>
    <message>
        <source>Risks ({count})</source>
        <translation>Riesgos ({count})</translation>
    </message>
    <message>
        <source>Risks — none recorded yet</source>
        <translation>Riesgos — ninguno registrado todavía</translation>
    </message>
</context>
<context>
    <name>KeyFactorShort</name>
    <message>
        <source>Leadership</source>
        <translation>Liderazgo</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Normativa</translation>
    </message>
    <message>
        <source>Transparency</source>
        <translation>Transparencia</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatización</translation>
    </message>
    <message>
        <source>Reform</source>
        <translation>Reforma</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>Code of Conduct</source>
        <translation>Código de conducta</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>RR. HH.</translation>
    </message>
    <message>
        <source>Morale</source>
        <translation>Moral</translation>
    </message>
    <message>
        <source>Private Sector</source>
        <translation>Sector privado</translation>
    </message>
</context>
<context>
    <name>LevelsEditor</name>
    <message>
        <source>Number of %s levels</source>
        <translation>Número de niveles (%s)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Descriptor</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Highest level first. The descriptor tells a workshop what the level means.</source>
        <translation>El nivel más alto primero. La descripción indica al taller qué significa el nivel.</translation>
    </message>
    <message>
        <source>Number of levels</source>
        <translation>Número de niveles</translation>
    </message>
    <message>
        <source>Level %d</source>
        <translation>Nivel %d</translation>
    </message>
</context>
<context>
    <name>LinkRisksDialog</name>
    <message>
        <source>Risks addressed by {code}</source>
        <translation>Riesgos abordados por {code}</translation>
    </message>
    <message>
        <source>Search code or statement</source>
        <translation>Buscar un código o una descripción</translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s) linked</source>
        <translation>
            <numerusform>%n riesgo vinculado</numerusform>
            <numerusform>%n riesgos vinculados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Undo {edit}</source>
        <translation>&amp;Deshacer: {edit}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo {edit}</source>
        <translation>Deshacer: {edit}</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nada que deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo {edit}</source>
        <translation>&amp;Rehacer: {edit}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo {edit}</source>
        <translation>Rehacer: {edit}</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nada que rehacer</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>todavía sin guardar</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s) match “{text}”</source>
        <translation>
            <numerusform>%n etapa coincide con «{text}»</numerusform>
            <numerusform>%n etapas coinciden con «{text}»</numerusform>
        </translation>
    </message>
    <message>
        <source>About riskmap</source>
        <translation>Acerca de riskmap</translation>
    </message>
    <message>
        <source>Corruption risk mapping for Customs administrations, following the WCO method and the Revised Arusha Declaration.</source>
        <translation>Mapeo de riesgos de corrupción para las administraciones de aduanas, según el método de la OMA y la Declaración de Arusha revisada.</translation>
    </message>
</context>
<context>
    <name>MapClipboard</name>
    <message>
        <source>Paste stage {name}</source>
        <translation>Pegar la etapa {name}</translation>
    </message>
    <message>
        <source>Paste {n} stages</source>
        <translation>Pegar {n} etapas</translation>
    </message>
</context>
<context>
    <name>MapCommands</name>
    <message>
        <source>Name of the process:</source>
        <translation>Nombre del proceso:</translation>
    </message>
    <message>
        <source>New process</source>
        <translation>Nuevo proceso</translation>
    </message>
    <message>
        <source>Rename process</source>
        <translation>Cambiar el nombre del proceso</translation>
    </message>
</context>
<context>
    <name>MapKeyboard</name>
    <message>
        <source>no stage</source>
        <translation>ninguna etapa</translation>
    </message>
    <message>
        <source>Connect {source} to {target}: arrows or Tab choose, Enter connects, Escape cancels</source>
        <translation>Conectar {source} con {target}: flechas o Tab para elegir, Intro conecta, Esc cancela</translation>
    </message>
    <message>
        <source>{source} already flows to {target}</source>
        <translation>{source} ya lleva a {target}</translation>
    </message>
    <message>
        <source>Connected {source} to {target}</source>
        <translation>{source} conectado con {target}</translation>
    </message>
</context>
<context>
    <name>MapOperations</name>
    <message>
        <source>New stage</source>
        <translation>Nueva etapa</translation>
    </message>
    <message>
        <source>Connect {source} to {target}</source>
        <translation>Conectar {source} con {target}</translation>
    </message>
    <message>
        <source>Rename stage {code} to {name}</source>
        <translation>Cambiar el nombre de la etapa {code} a {name}</translation>
    </message>
    <message>
        <source>Label flow {code} “{label}”</source>
        <translation>Etiquetar el flujo {code} «{label}»</translation>
    </message>
    <message>
        <source>Remove the label of {code}</source>
        <translation>Quitar la etiqueta de {code}</translation>
    </message>
    <message>
        <source>Rename process {code} to {name}</source>
        <translation>Cambiar el nombre del proceso {code} a {name}</translation>
    </message>
    <message>
        <source>Automatic layout of {code}</source>
        <translation>Disposición automática de {code}</translation>
    </message>
</context>
<context>
    <name>MapStyle</name>
    <message>
        <source>No risks</source>
        <translation>Sin riesgos</translation>
    </message>
    <message>
        <source>{count} unscored</source>
        <translation>{count} sin valorar</translation>
    </message>
</context>
<context>
    <name>MatrixPreview</name>
    <message>
        <source>Impact →</source>
        <translation>Impacto →</translation>
    </message>
    <message>
        <source>Likelihood ↑</source>
        <translation>Probabilidad ↑</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Process</source>
        <translation>&amp;Proceso</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Taller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Colores</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>Pa&amp;neles</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>No hay proyectos recientes</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Projects</source>
        <translation>&amp;Borrar la lista de proyectos recientes</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Find stage…</source>
        <translation>Buscar una etapa…</translation>
    </message>
    <message>
        <source>Find stage</source>
        <translation>Buscar una etapa</translation>
    </message>
    <message>
        <source>Colour by </source>
        <translation>Color según </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge a Copy</source>
        <translation>Fusionar una copia</translation>
    </message>
    <message>
        <source>Bringing the changes of &lt;b&gt;{theirs}&lt;/b&gt; (theirs) into &lt;b&gt;{mine}&lt;/b&gt; (mine), both edited from &lt;b&gt;{base}&lt;/b&gt;.</source>
        <translation>Incorporación de los cambios de &lt;b&gt;{theirs}&lt;/b&gt; (la suya) en &lt;b&gt;{mine}&lt;/b&gt; (la mía), ambas editadas a partir de &lt;b&gt;{base}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mía</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La suya</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Keep All Mine</source>
        <translation>Conservar todo lo mío</translation>
    </message>
    <message>
        <source>Keep All Theirs</source>
        <translation>Conservar todo lo suyo</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%n): both copies changed these differently. Choose the value to keep.</source>
        <translation>
            <numerusform>Conflictos (%n): ambas copias cambiaron esto de forma distinta. Elija el valor que se conserva.</numerusform>
            <numerusform>Conflictos (%n): ambas copias cambiaron esto de forma distinta. Elija el valor que se conserva.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>None: the changes of both copies fit together.</source>
        <translation>Ninguno: los cambios de ambas copias encajan.</translation>
    </message>
    <message numerus="yes">
        <source>Notes (%n)</source>
        <translation>
            <numerusform>Notas (%n)</numerusform>
            <numerusform>Notas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>The merge is one step: Edit &gt; Undo takes it back.</source>
        <translation>La fusión es un solo paso: Edición &gt; Deshacer la revierte.</translation>
    </message>
</context>
<context>
    <name>MovesModel</name>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>After the switch</source>
        <translation>Tras el cambio</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation>Cambiar la contraseña</translation>
    </message>
    <message>
        <source>Save with Password</source>
        <translation>Guardar con contraseña</translation>
    </message>
    <message>
        <source>“{name}” will be saved encrypted (AES-256): without the password, nobody can read it.</source>
        <translation>«{name}» se guardará cifrado (AES-256): sin la contraseña, nadie puede leerlo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A lost password cannot be recovered.&lt;/b&gt; Nobody, not even the makers of riskmap, can open the project without it. Keep it somewhere safe, and share it only with the team.</source>
        <translation>&lt;b&gt;Una contraseña perdida no se puede recuperar.&lt;/b&gt; Nadie, ni siquiera los autores de riskmap, puede abrir el proyecto sin ella. Guárdela en un lugar seguro y compártala solo con el equipo.</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Mostrar la contraseña</translation>
    </message>
    <message>
        <source>Save Encrypted</source>
        <translation>Guardar cifrado</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Contraseña nueva:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Repítala:</translation>
    </message>
    <message>
        <source>Type the password twice.</source>
        <translation>Escriba la contraseña dos veces.</translation>
    </message>
    <message>
        <source>Type it again to be sure of it.</source>
        <translation>Escríbala otra vez para estar seguro.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>The two passwords match.</source>
        <translation>Las dos contraseñas coinciden.</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <source>Workshop participants</source>
        <translation>Participantes del taller</translation>
    </message>
    <message>
        <source>Keep votes anonymous</source>
        <translation>Mantener anónimos los votos</translation>
    </message>
    <message>
        <source>When votes are anonymous, group scoring, the register and the report show each voter&apos;s code (P01, P02 …), never a name. Names may be left empty.</source>
        <translation>Cuando los votos son anónimos, la valoración en grupo, el registro y el informe muestran el código de cada votante (P01, P02 …), nunca un nombre. Los nombres pueden quedar vacíos.</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Añadir un participante</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Quitar el participante</translation>
    </message>
    <message>
        <source>Removing %1 also removes the vote they cast.</source>
        <translation>Quitar a %1 quita también su voto.</translation>
    </message>
    <message>
        <source>Removing %1 also removes the %2 votes they cast.</source>
        <translation>Quitar a %1 quita también sus %2 votos.</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Votes cast</source>
        <translation>Votos emitidos</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Search code, measure, owner, notes</source>
        <translation>Buscar código, medida, responsable, notas</translation>
    </message>
    <message>
        <source>Key factor</source>
        <translation>Factor clave</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Solo vencidas</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Search the action plan</source>
        <translation>Buscar en el plan de acción</translation>
    </message>
    <message>
        <source>New measure: what will be done, then Enter</source>
        <translation>Nueva medida: lo que se hará, luego Intro</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Nueva medida</translation>
    </message>
    <message>
        <source>Link risks…</source>
        <translation>Vincular riesgos…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n medida</numerusform>
            <numerusform>%n medidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n measure(s)</source>
        <translation>
            <numerusform>{shown} de %n medida</numerusform>
            <numerusform>{shown} de %n medidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{measures}, %n overdue</source>
        <translation>
            <numerusform>{measures}, %n vencida</numerusform>
            <numerusform>{measures}, %n vencidas</numerusform>
        </translation>
    </message>
    <message>
        <source>linked to {codes}</source>
        <translation>vinculada a {codes}</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>No problems found: every stage is connected and can be reached.</source>
        <translation>Ningún problema: todas las etapas están conectadas y se pueden alcanzar.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
</context>
<context>
    <name>ProcessMapScene</name>
    <message>
        <source>Add stage {code} {name}</source>
        <translation>Añadir la etapa {code} {name}</translation>
    </message>
    <message>
        <source>Add stage {code} {name} after {previous}</source>
        <translation>Añadir la etapa {code} {name} después de {previous}</translation>
    </message>
</context>
<context>
    <name>ProcessMapView</name>
    <message>
        <source>Process map</source>
        <translation>Mapa del proceso</translation>
    </message>
    <message>
        <source>Select the stage to connect from first</source>
        <translation>Seleccione primero la etapa de origen del flujo</translation>
    </message>
    <message>
        <source>{code} {name}: {badge}; {ins} flows in, {outs} out</source>
        <translation>{code} {name}: {badge}; {ins} flujos de entrada, {outs} de salida</translation>
    </message>
    <message>
        <source>{count} stages selected</source>
        <translation>{count} etapas seleccionadas</translation>
    </message>
    <message>
        <source>No stage selected. Arrow keys or Tab choose a stage.</source>
        <translation>Ninguna etapa seleccionada. Las flechas o Tab eligen una etapa.</translation>
    </message>
    <message>
        <source>Add Stage &amp;Here</source>
        <translation>Añadir una etapa &amp;aquí</translation>
    </message>
    <message numerus="yes">
        <source>Cut %n stage(s)</source>
        <translation>
            <numerusform>Cortar %n etapa</numerusform>
            <numerusform>Cortar %n etapas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcessTabs</name>
    <message>
        <source>Process map: {name}</source>
        <translation>Mapa del proceso: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n etapa</numerusform>
            <numerusform>%n etapas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>Scale profile</source>
        <translation>Escala de valoración</translation>
    </message>
    <message>
        <source>Edit a copy</source>
        <translation>Editar una copia</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Delete from my library</source>
        <translation>Eliminar de mi biblioteca</translation>
    </message>
    <message>
        <source>Save to my library</source>
        <translation>Guardar en mi biblioteca</translation>
    </message>
    <message>
        <source>Apply to project…</source>
        <translation>Aplicar al proyecto…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt; — score and band of each cell</source>
        <translation>&lt;b&gt;Vista previa&lt;/b&gt; — puntuación y nivel de cada celda</translation>
    </message>
    <message>
        <source>In use: %s</source>
        <translation>En uso: %s</translation>
    </message>
    <message>
        <source>Built-in: %s</source>
        <translation>Incluida: %s</translation>
    </message>
    <message>
        <source>My library: %s</source>
        <translation>Mi biblioteca: %s</translation>
    </message>
    <message>
        <source>Some files of your library could not be read: %s</source>
        <translation>No se pudieron leer algunos archivos de su biblioteca: %s</translation>
    </message>
    <message>
        <source>Built-in profiles stay as shipped: choose “Edit a copy” to change one. You can apply it as it is.</source>
        <translation>Las escalas incluidas se mantienen tal cual: elija «Editar una copia» para cambiar una. Puede aplicarla tal como está.</translation>
    </message>
    <message>
        <source>Not valid yet: %s</source>
        <translation>Todavía no es válida: %s</translation>
    </message>
    <message>
        <source>%s (copy)</source>
        <translation>%s (copia)</translation>
    </message>
    <message>
        <source>Cannot save the profile</source>
        <translation>No se puede guardar la escala</translation>
    </message>
    <message>
        <source>Saved to your library as “%s”.</source>
        <translation>Guardada en su biblioteca como «%s».</translation>
    </message>
    <message>
        <source>Export scale profile</source>
        <translation>Exportar la escala de valoración</translation>
    </message>
    <message>
        <source>Cannot export the profile</source>
        <translation>No se puede exportar la escala</translation>
    </message>
    <message>
        <source>Exported to %s.</source>
        <translation>Exportada a %s.</translation>
    </message>
    <message>
        <source>Import scale profile</source>
        <translation>Importar una escala de valoración</translation>
    </message>
    <message>
        <source>Cannot import the profile</source>
        <translation>No se puede importar la escala</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Eliminar la escala</translation>
    </message>
    <message>
        <source>Delete “%s” from your library? Projects using it keep their copy.</source>
        <translation>¿Eliminar «%s» de su biblioteca? Los proyectos que la usan conservan su copia.</translation>
    </message>
    <message>
        <source>The project now uses “%s”.</source>
        <translation>El proyecto usa ahora «%s».</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>When to use this profile, and where its levels come from</source>
        <translation>Cuándo usar esta escala y de dónde vienen sus niveles</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Levels, descriptors, score method and bands are on the next tabs; the preview follows every change.</source>
        <translation>Niveles, descripciones, método de puntuación y niveles de riesgo están en las pestañas siguientes; la vista previa sigue cada cambio.</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Score and bands</source>
        <translation>Puntuación y niveles de riesgo</translation>
    </message>
    <message>
        <source>Unnamed profile</source>
        <translation>Escala sin nombre</translation>
    </message>
</context>
<context>
    <name>ProjectCommands</name>
    <message>
        <source>Merge a Copy (1 of 2): the common base, the version both copies started from</source>
        <translation>Fusionar una copia (1 de 2): la base común, la versión de la que partieron ambas copias</translation>
    </message>
    <message>
        <source>Merge a Copy (2 of 2): the other copy, with their changes</source>
        <translation>Fusionar una copia (2 de 2): la otra copia, con sus cambios</translation>
    </message>
    <message>
        <source>Merge {name}</source>
        <translation>Fusionar {name}</translation>
    </message>
    <message>
        <source>Cannot merge {name}</source>
        <translation>No se puede fusionar {name}</translation>
    </message>
    <message>
        <source>Merged {name}: {conflicts} conflict(s), {theirs} decided for theirs. Edit &gt; Undo takes the merge back.</source>
        <translation>{name} fusionado: {conflicts} conflicto(s), {theirs} resuelto(s) a favor de la suya. Edición &gt; Deshacer revierte la fusión.</translation>
    </message>
</context>
<context>
    <name>QuickRiskDialog</name>
    <message>
        <source>Actor – action – outcome, e.g. “An examiner skips the inspection for a payment”</source>
        <translation>Actor – acción – resultado, p. ej. «Un inspector omite el reconocimiento a cambio de un pago»</translation>
    </message>
    <message>
        <source>Add a risk</source>
        <translation>Añadir un riesgo</translation>
    </message>
    <message>
        <source>Capture now, describe and score later.</source>
        <translation>Anotar ahora, describir y valorar después.</translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation>Añadir el riesgo</translation>
    </message>
    <message>
        <source>Add and describe…</source>
        <translation>Añadir y describir…</translation>
    </message>
    <message>
        <source>Risk statement</source>
        <translation>Descripción del riesgo</translation>
    </message>
    <message>
        <source>Stage or flow</source>
        <translation>Etapa o flujo</translation>
    </message>
    <message>
        <source>Write the risk statement.</source>
        <translation>Escriba la descripción del riesgo.</translation>
    </message>
    <message>
        <source>Choose the stage (or the flow).</source>
        <translation>Elija la etapa (o el flujo).</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>an unsaved project</source>
        <translation>un proyecto sin guardar</translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <translation>Restaurar el trabajo sin guardar</translation>
    </message>
    <message>
        <source>riskmap did not close properly. Restore the unsaved changes to “{name}” (autosaved {when})?</source>
        <translation>riskmap no se cerró correctamente. ¿Restaurar los cambios sin guardar de «{name}» (guardados automáticamente el {when})?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
</context>
<context>
    <name>RegisterFilterBar</name>
    <message>
        <source>Search code, statement, owner, actors</source>
        <translation>Buscar código, descripción, responsable, actores</translation>
    </message>
    <message>
        <source>Search the risks</source>
        <translation>Buscar en los riesgos</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Key factor</source>
        <translation>Factor clave</translation>
    </message>
    <message>
        <source>Click to show every risk again</source>
        <translation>Hacer clic para volver a mostrar todos los riesgos</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar los filtros</translation>
    </message>
    <message>
        <source>Unscored</source>
        <translation>Sin puntuar</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Risk register</source>
        <translation>Registro de riesgos</translation>
    </message>
    <message>
        <source>Add risk…</source>
        <translation>Nuevo riesgo…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Capture a risk: a statement and a stage</source>
        <translation>Anotar un riesgo: una descripción y una etapa</translation>
    </message>
    <message>
        <source>Delete the selected risks (undo brings them back)</source>
        <translation>Eliminar los riesgos seleccionados (Deshacer los recupera)</translation>
    </message>
    <message>
        <source>Delete risks</source>
        <translation>Eliminar los riesgos</translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n riesgo</numerusform>
            <numerusform>%n riesgos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n risk(s)</source>
        <translation>
            <numerusform>{shown} de %n riesgo</numerusform>
            <numerusform>{shown} de %n riesgos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemapPreview</name>
    <message>
        <source>L{likelihood} I{impact}</source>
        <translation>P{likelihood} I{impact}</translation>
    </message>
</context>
<context>
    <name>RemapPreviewDialog</name>
    <message>
        <source>Switch scale profile</source>
        <translation>Cambiar de escala de valoración</translation>
    </message>
    <message>
        <source>%1 × %2 levels</source>
        <translation>%1 × %2 niveles</translation>
    </message>
    <message>
        <source>Switching from &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt; (%3): %4 scores move, %5 of them to another band. Votes are re-mapped the same way.</source>
        <translation>Cambio de &lt;b&gt;%1&lt;/b&gt; a &lt;b&gt;%2&lt;/b&gt; (%3): %4 puntuaciones cambian, %5 de ellas de nivel de riesgo. Los votos se convierten de la misma forma.</translation>
    </message>
    <message>
        <source>Switching from &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt; (%3): no score moves.</source>
        <translation>Cambio de &lt;b&gt;%1&lt;/b&gt; a &lt;b&gt;%2&lt;/b&gt; (%3): ninguna puntuación cambia.</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>Cambiar de escala</translation>
    </message>
    <message>
        <source>Show only the scores that change band</source>
        <translation>Mostrar solo las puntuaciones que cambian de nivel</translation>
    </message>
    <message>
        <source>The switch is one step: Edit ▸ Undo brings every score back.</source>
        <translation>El cambio es un solo paso: Edición ▸ Deshacer recupera todas las puntuaciones.</translation>
    </message>
</context>
<context>
    <name>RiskEditor</name>
    <message>
        <source>Actor – action – outcome: who does what, and what it leads to.</source>
        <translation>Actor – acción – resultado: quién hace qué, y a qué conduce.</translation>
    </message>
    <message>
        <source>E.g. “A shift supervisor overrides the selectivity channel from red to green, so that undeclared goods leave without examination.”</source>
        <translation>P. ej. «Un supervisor de turno cambia el canal de selectividad de rojo a verde, de modo que mercancías no declaradas salen sin reconocimiento.»</translation>
    </message>
    <message>
        <source>New risk {code}</source>
        <translation>Nuevo riesgo {code}</translation>
    </message>
    <message>
        <source>Risk {code}</source>
        <translation>Riesgo {code}</translation>
    </message>
    <message>
        <source>Risk statement</source>
        <translation>Descripción del riesgo</translation>
    </message>
    <message>
        <source>Stage or flow</source>
        <translation>Etapa o flujo</translation>
    </message>
    <message>
        <source>Understand</source>
        <translation>Comprender</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Controls and evidence</source>
        <translation>Controles y evidencias</translation>
    </message>
    <message>
        <source>e.g. Declaration officer, Customs broker</source>
        <translation>p. ej. Funcionario de declaraciones, agente de aduanas</translation>
    </message>
    <message>
        <source>What it leads to: revenue lost, prohibited goods entering, delays for honest traders…</source>
        <translation>A qué conduce: recaudación perdida, entrada de mercancías prohibidas, retrasos para los operadores honrados…</translation>
    </message>
    <message>
        <source>Corruption type</source>
        <translation>Tipo de corrupción</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>Enabling factors</source>
        <translation>Factores facilitadores</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Consecuencias</translation>
    </message>
    <message>
        <source>Impact dimensions</source>
        <translation>Dimensiones del impacto</translation>
    </message>
    <message>
        <source>Why the group agreed these scores</source>
        <translation>Por qué el grupo acordó estas puntuaciones</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Interviews, survey results, audit findings, complaints, cases</source>
        <translation>Entrevistas, resultados de encuestas, hallazgos de auditoría, denuncias, casos</translation>
    </message>
    <message>
        <source>Existing controls</source>
        <translation>Controles existentes</translation>
    </message>
    <message>
        <source>Source of evidence</source>
        <translation>Fuente de evidencia</translation>
    </message>
    <message>
        <source>Risk owner</source>
        <translation>Responsable del riesgo</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Última revisión</translation>
    </message>
    <message>
        <source>Edit risk {code}</source>
        <translation>Editar el riesgo {code}</translation>
    </message>
    <message>
        <source>Write the risk statement: who does what, and what it leads to.</source>
        <translation>Escriba la descripción del riesgo: quién hace qué, y a qué conduce.</translation>
    </message>
    <message>
        <source>Choose the stage (or the flow) the risk is on.</source>
        <translation>Elija la etapa (o el flujo) en la que está el riesgo.</translation>
    </message>
    <message>
        <source>Cannot add the risk: {reason}</source>
        <translation>No se puede añadir el riesgo: {reason}</translation>
    </message>
</context>
<context>
    <name>RiskRegisterModel</name>
    <message>
        <source>Change {what} of {code}</source>
        <translation>Cambiar {what} de {code}</translation>
    </message>
</context>
<context>
    <name>RiskViews</name>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Registro de riesgos</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Mapa de calor</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel de control</translation>
    </message>
    <message>
        <source>Heat map copied as an image</source>
        <translation>Mapa de calor copiado como imagen</translation>
    </message>
    <message>
        <source>Process map copied as an image</source>
        <translation>Mapa del proceso copiado como imagen</translation>
    </message>
</context>
<context>
    <name>RoundOverlay</name>
    <message>
        <source>Highest residual score went up since the earlier round</source>
        <translation>La puntuación residual más alta subió desde la ronda anterior</translation>
    </message>
    <message>
        <source>Highest residual score went down since the earlier round</source>
        <translation>La puntuación residual más alta bajó desde la ronda anterior</translation>
    </message>
    <message>
        <source>Moves since {before}: red up, green down</source>
        <translation>Cambios desde {before}: rojo sube, verde baja</translation>
    </message>
    <message>
        <source>Moves from {before} to {after}: red up, green down</source>
        <translation>Cambios de {before} a {after}: rojo sube, verde baja</translation>
    </message>
</context>
<context>
    <name>RoundsDialog</name>
    <message>
        <source>Rounds and comparison</source>
        <translation>Rondas y comparación</translation>
    </message>
    <message>
        <source>Close round…</source>
        <translation>Cerrar la ronda…</translation>
    </message>
    <message>
        <source>Copy forward</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Start again from the chosen round: its scores and statuses become the current ones (undoable)</source>
        <translation>Volver a partir de la ronda elegida: sus puntuaciones y estados pasan a ser los actuales (se puede deshacer)</translation>
    </message>
    <message>
        <source>Delete round</source>
        <translation>Eliminar la ronda</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riesgos</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <source>Show on the map and the heat map</source>
        <translation>Mostrar en el mapa y en el mapa de calor</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Closed rounds&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rondas cerradas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Compare&lt;/b&gt;</source>
        <translation>&lt;b&gt;Comparar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>with</source>
        <translation>con</translation>
    </message>
    <message>
        <source>%d risks</source>
        <translation>%d riesgos</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Estado actual</translation>
    </message>
    <message>
        <source>Make the scores and statuses of “%s” the current ones? Undo brings the present ones back.</source>
        <translation>¿Convertir las puntuaciones y estados de «%s» en los actuales? Deshacer recupera los de ahora.</translation>
    </message>
    <message>
        <source>No round closed yet. Close one at the end of the workshop: the next review compares against it.</source>
        <translation>Todavía no hay rondas cerradas. Cierre una al final del taller: la próxima revisión se comparará con ella.</translation>
    </message>
    <message>
        <source>Choose two different rounds to compare.</source>
        <translation>Elija dos rondas distintas para comparar.</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 new risks, %4 removed, %5 rescored (%6 up, %7 down); %8 measures completed.</source>
        <translation>De %1 a %2: %3 riesgos nuevos, %4 eliminados, %5 revalorados (%6 suben, %7 bajan); %8 medidas realizadas.</translation>
    </message>
</context>
<context>
    <name>ScoreEditor</name>
    <message>
        <source>Inherent — before any control</source>
        <translation>Inherente — antes de cualquier control</translation>
    </message>
    <message>
        <source>Residual — with the existing controls</source>
        <translation>Residual — con los controles existentes</translation>
    </message>
    <message>
        <source>Target — once the planned measures work</source>
        <translation>Objetivo — cuando las medidas previstas funcionen</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
</context>
<context>
    <name>ScoringEditor</name>
    <message>
        <source>Likelihood × impact</source>
        <translation>Probabilidad × impacto</translation>
    </message>
    <message>
        <source>Likelihood + impact</source>
        <translation>Probabilidad + impacto</translation>
    </message>
    <message>
        <source>Lookup table (cell by cell)</source>
        <translation>Tabla de consulta (celda a celda)</translation>
    </message>
    <message>
        <source>Score of each cell (likelihood rows, impact columns)</source>
        <translation>Puntuación de cada celda (probabilidad en filas, impacto en columnas)</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <source>From score</source>
        <translation>Desde la puntuación</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Add band</source>
        <translation>Añadir un nivel de riesgo</translation>
    </message>
    <message>
        <source>Remove band</source>
        <translation>Quitar el nivel de riesgo</translation>
    </message>
    <message>
        <source>Bands (lowest first)</source>
        <translation>Niveles de riesgo (el más bajo primero)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Band %d</source>
        <translation>Nivel de riesgo %d</translation>
    </message>
    <message>
        <source>New band</source>
        <translation>Nuevo nivel de riesgo</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>As the computer ({language})</source>
        <translation>Como el ordenador ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language of menus, panels and dialogs:</source>
        <translation>Idioma de menús, paneles y cuadros de diálogo:</translation>
    </message>
    <message>
        <source>The window changes language at once; nothing is lost. Exports choose their own language.</source>
        <translation>La ventana cambia de idioma al instante; no se pierde nada. Las exportaciones eligen su propio idioma.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Pista de auditoría</translation>
    </message>
    <message>
        <source>Your name for the audit trail:</source>
        <translation>Su nombre para la pista de auditoría:</translation>
    </message>
    <message>
        <source>Each save records what changed, with this name. Left empty, your login name is used.</source>
        <translation>Cada guardado registra lo que cambió, con este nombre. Si queda vacío, se usa su nombre de inicio de sesión.</translation>
    </message>
    <message>
        <source>Keep a backup of the previous version (FILE.riskmap.bak)</source>
        <translation>Conservar una copia de la versión anterior (ARCHIVO.riskmap.bak)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Autosave unsaved work every:</source>
        <translation>Guardar automáticamente el trabajo cada:</translation>
    </message>
    <message>
        <source>Autosave writes a recovery file, offered back after a crash; it never changes your project file. An encrypted project&apos;s recovery file is encrypted too.</source>
        <translation>El guardado automático escribe un archivo de recuperación, que se ofrece tras un fallo; nunca modifica su archivo de proyecto. El archivo de recuperación de un proyecto cifrado también está cifrado.</translation>
    </message>
</context>
<context>
    <name>SpreadPanel</name>
    <message>
        <source>&lt;b&gt;Likelihood&lt;/b&gt;</source>
        <translation>&lt;b&gt;Probabilidad&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Impact&lt;/b&gt;</source>
        <translation>&lt;b&gt;Impacto&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 of %2 participants have voted.</source>
        <translation>Han votado %1 de %2 participantes.</translation>
    </message>
    <message>
        <source>No votes yet. Each participant scores alone first.</source>
        <translation>Todavía no hay votos. Cada participante valora primero por su cuenta.</translation>
    </message>
    <message>
        <source>likelihood (%d levels apart)</source>
        <translation>la probabilidad (%d niveles de diferencia)</translation>
    </message>
    <message>
        <source>impact (%d levels apart)</source>
        <translation>el impacto (%d niveles de diferencia)</translation>
    </message>
    <message>
        <source>⚠ Votes diverge on %s. Hear the lowest and the highest voters before agreeing.</source>
        <translation>⚠ Los votos divergen en %s. Escuche a quienes votaron más bajo y más alto antes de acordar.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>✓ Votes agree within one level: the median is a fair proposal.</source>
        <translation>✓ Los votos coinciden con un nivel de diferencia: la mediana es una propuesta justa.</translation>
    </message>
    <message>
        <source>min %1 · &lt;b&gt;median %2&lt;/b&gt; · max %3</source>
        <translation>mín. %1 · &lt;b&gt;mediana %2&lt;/b&gt; · máx. %3</translation>
    </message>
</context>
<context>
    <name>StageItem</name>
    <message>
        <source>unscored</source>
        <translation>sin valorar</translation>
    </message>
</context>
<context>
    <name>StageLibraryModel</name>
    <message>
        <source>Drag onto the map to add this stage.</source>
        <translation>Arrastrar al mapa para añadir esta etapa.</translation>
    </message>
</context>
<context>
    <name>StagePalette</name>
    <message>
        <source>Filter stages</source>
        <translation>Filtrar las etapas</translation>
    </message>
    <message>
        <source>Filter the stage library</source>
        <translation>Filtrar la biblioteca de etapas</translation>
    </message>
    <message>
        <source>Stage library</source>
        <translation>Biblioteca de etapas</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Zoom {percent}</source>
        <translation>Zoom {percent}</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n etapa</numerusform>
            <numerusform>%n etapas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n flujo</numerusform>
            <numerusform>%n flujos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n riesgo</numerusform>
            <numerusform>%n riesgos</numerusform>
        </translation>
    </message>
    <message>
        <source>Colour: Inherent risk</source>
        <translation>Color: riesgo inherente</translation>
    </message>
    <message>
        <source>Colour: Residual risk</source>
        <translation>Color: riesgo residual</translation>
    </message>
    <message>
        <source>Colour: Target risk</source>
        <translation>Color: riesgo objetivo</translation>
    </message>
</context>
<context>
    <name>StatusChangesModel</name>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <source>Suggestions from the library</source>
        <translation>Sugerencias de la biblioteca</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Risks for a stage</source>
        <translation>Riesgos para una etapa</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Measures for a risk</source>
        <translation>Medidas para un riesgo</translation>
    </message>
    <message>
        <source>My library</source>
        <translation>Mi biblioteca</translation>
    </message>
    <message>
        <source>Add the chosen risk to my library</source>
        <translation>Añadir el riesgo elegido a mi biblioteca</translation>
    </message>
    <message>
        <source>Add a measure of this risk to my library…</source>
        <translation>Añadir una medida de este riesgo a mi biblioteca…</translation>
    </message>
    <message>
        <source>Import a shared library file…</source>
        <translation>Importar un archivo de biblioteca compartido…</translation>
    </message>
    <message>
        <source>Export my library to share…</source>
        <translation>Exportar mi biblioteca para compartirla…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Your library could not be read</source>
        <translation>No se pudo leer su biblioteca</translation>
    </message>
    <message>
        <source>Only the built-in library is used. %s</source>
        <translation>Solo se usa la biblioteca incluida. %s</translation>
    </message>
    <message>
        <source>Nothing to suggest: the library has no other typical risk for this stage (set its enabling-factor flags or its library stage to widen the search).</source>
        <translation>Nada que sugerir: la biblioteca no tiene otro riesgo típico para esta etapa (indique sus factores facilitadores o su etapa de biblioteca para ampliar la búsqueda).</translation>
    </message>
    <message>
        <source>Typical of this stage</source>
        <translation>Típico de esta etapa</translation>
    </message>
    <message>
        <source>Shares this stage&apos;s enabling factors: %s</source>
        <translation>Comparte los factores facilitadores de esta etapa: %s</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Added %1 on %2.</source>
        <translation>%1 añadido en %2.</translation>
    </message>
    <message>
        <source>Nothing to suggest for this risk yet: give it a corruption type and its enabling factors.</source>
        <translation>Nada que sugerir para este riesgo todavía: indique su tipo de corrupción y sus factores facilitadores.</translation>
    </message>
    <message>
        <source>Key factors: %s</source>
        <translation>Factores clave: %s</translation>
    </message>
    <message>
        <source>Indicator: %s</source>
        <translation>Indicador: %s</translation>
    </message>
    <message>
        <source>Suggested for this risk</source>
        <translation>Sugerida para este riesgo</translation>
    </message>
    <message>
        <source>Used against similar risks</source>
        <translation>Usada contra riesgos similares</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>%1 now addresses %2.</source>
        <translation>%1 aborda ahora %2.</translation>
    </message>
    <message>
        <source>The chosen risk has no measure yet.</source>
        <translation>El riesgo elegido todavía no tiene medidas.</translation>
    </message>
    <message>
        <source>Cannot add to your library</source>
        <translation>No se puede añadir a su biblioteca</translation>
    </message>
    <message>
        <source>Added to your library (%s).</source>
        <translation>Añadido a su biblioteca (%s).</translation>
    </message>
    <message>
        <source>Import a library file</source>
        <translation>Importar un archivo de biblioteca</translation>
    </message>
    <message>
        <source>Your library has no entries yet.</source>
        <translation>Su biblioteca todavía está vacía.</translation>
    </message>
    <message>
        <source>Export my library</source>
        <translation>Exportar mi biblioteca</translation>
    </message>
    <message>
        <source>Your library was exported to %s.</source>
        <translation>Su biblioteca se exportó a %s.</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>not scored</source>
        <translation>sin valorar</translation>
    </message>
</context>
<context>
    <name>UndoText</name>
    <message>
        <source>Add process {name}</source>
        <translation>Añadir el proceso {name}</translation>
    </message>
    <message>
        <source>Add stage {name}</source>
        <translation>Añadir la etapa {name}</translation>
    </message>
    <message>
        <source>Add flow {name}</source>
        <translation>Añadir el flujo {name}</translation>
    </message>
    <message>
        <source>Add risk {name}</source>
        <translation>Añadir el riesgo {name}</translation>
    </message>
    <message>
        <source>Add measure {name}</source>
        <translation>Añadir la medida {name}</translation>
    </message>
    <message>
        <source>Add round {name}</source>
        <translation>Añadir la ronda {name}</translation>
    </message>
    <message>
        <source>Add {n} processes</source>
        <translation>Añadir {n} procesos</translation>
    </message>
    <message>
        <source>Add {n} stages</source>
        <translation>Añadir {n} etapas</translation>
    </message>
    <message>
        <source>Add {n} flows</source>
        <translation>Añadir {n} flujos</translation>
    </message>
    <message>
        <source>Add {n} risks</source>
        <translation>Añadir {n} riesgos</translation>
    </message>
    <message>
        <source>Add {n} measures</source>
        <translation>Añadir {n} medidas</translation>
    </message>
    <message>
        <source>Add {n} rounds</source>
        <translation>Añadir {n} rondas</translation>
    </message>
    <message>
        <source>Delete process {name}</source>
        <translation>Eliminar el proceso {name}</translation>
    </message>
    <message>
        <source>Delete stage {name}</source>
        <translation>Eliminar la etapa {name}</translation>
    </message>
    <message>
        <source>Delete flow {name}</source>
        <translation>Eliminar el flujo {name}</translation>
    </message>
    <message>
        <source>Delete risk {name}</source>
        <translation>Eliminar el riesgo {name}</translation>
    </message>
    <message>
        <source>Delete measure {name}</source>
        <translation>Eliminar la medida {name}</translation>
    </message>
    <message>
        <source>Delete round {name}</source>
        <translation>Eliminar la ronda {name}</translation>
    </message>
    <message>
        <source>Delete {n} processes</source>
        <translation>Eliminar {n} procesos</translation>
    </message>
    <message>
        <source>Delete {n} stages</source>
        <translation>Eliminar {n} etapas</translation>
    </message>
    <message>
        <source>Delete {n} flows</source>
        <translation>Eliminar {n} flujos</translation>
    </message>
    <message>
        <source>Delete {n} risks</source>
        <translation>Eliminar {n} riesgos</translation>
    </message>
    <message>
        <source>Delete {n} measures</source>
        <translation>Eliminar {n} medidas</translation>
    </message>
    <message>
        <source>Delete {n} rounds</source>
        <translation>Eliminar {n} rondas</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Change {fields} of {name}</source>
        <translation>Cambiar {name}</translation>
    </message>
    <message>
        <source>Move stage {name}</source>
        <translation>Mover la etapa {name}</translation>
    </message>
    <message>
        <source>Move {n} stages</source>
        <translation>Mover {n} etapas</translation>
    </message>
    <message>
        <source>Switch scale profile to {name}</source>
        <translation>Cambiar a la escala de valoración {name}</translation>
    </message>
    <message>
        <source>Link risks to {code}</source>
        <translation>Vincular riesgos a {code}</translation>
    </message>
    <message>
        <source>Replace the project content</source>
        <translation>Sustituir el contenido del proyecto</translation>
    </message>
    <message>
        <source>Record {n} votes on {code}</source>
        <translation>Registrar {n} votos sobre {code}</translation>
    </message>
    <message>
        <source>Agree inherent score of {code}</source>
        <translation>Acordar la puntuación inherente de {code}</translation>
    </message>
    <message>
        <source>Agree residual score of {code}</source>
        <translation>Acordar la puntuación residual de {code}</translation>
    </message>
    <message>
        <source>Agree target score of {code}</source>
        <translation>Acordar la puntuación objetivo de {code}</translation>
    </message>
    <message>
        <source>Score {code} inherent</source>
        <translation>Valorar {code} (inherente)</translation>
    </message>
    <message>
        <source>Score {code} residual</source>
        <translation>Valorar {code} (residual)</translation>
    </message>
    <message>
        <source>Score {code} target</source>
        <translation>Valorar {code} (objetivo)</translation>
    </message>
    <message>
        <source>Edit participants</source>
        <translation>Editar los participantes</translation>
    </message>
    <message>
        <source>Close round {name}</source>
        <translation>Cerrar la ronda {name}</translation>
    </message>
    <message>
        <source>Copy round {name} forward</source>
        <translation>Retomar la ronda {name}</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Importar {name}</translation>
    </message>
</context>
<context>
    <name>ValueCombo</name>
    <message>
        <source>Show only risks of this {name}</source>
        <translation>Filtrar por: {name}</translation>
    </message>
    <message>
        <source>{name}: All</source>
        <translation>{name}</translation>
    </message>
</context>
<context>
    <name>VotesPanel</name>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Likelihood vote of %s</source>
        <translation>Voto de probabilidad de %s</translation>
    </message>
    <message>
        <source>Impact vote of %s</source>
        <translation>Voto de impacto de %s</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Corruption risk mapping for Customs administrations (WCO method)</source>
        <translation>Mapeo de riesgos de corrupción para las administraciones de aduanas (método de la OMA)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>New blank project</source>
        <translation>Nuevo proyecto en blanco</translation>
    </message>
    <message>
        <source>New from the stage library template…</source>
        <translation>Nuevo a partir de la plantilla de la biblioteca de etapas…</translation>
    </message>
    <message>
        <source>Open a project…</source>
        <translation>Abrir un proyecto…</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>Open a copy of the example</source>
        <translation>Abrir una copia del ejemplo</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Proyectos recientes</translation>
    </message>
    <message>
        <source>Projects you open or save appear here.</source>
        <translation>Los proyectos que abra o guarde aparecen aquí.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>editing</name>
    <message>
        <source>Cannot change the project</source>
        <translation>No se puede modificar el proyecto</translation>
    </message>
</context>
<context>
    <name>start</name>
    <message>
        <source>New from template</source>
        <translation>Nuevo a partir de una plantilla</translation>
    </message>
    <message>
        <source>Process template of the stage library:</source>
        <translation>Plantilla de proceso de la biblioteca de etapas:</translation>
    </message>
    <message>
        <source>Wrong password: the recovery file has the password the project had when it was autosaved. Try again.</source>
        <translation>Contraseña incorrecta: el archivo de recuperación tiene la contraseña que tenía el proyecto cuando se guardó automáticamente. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Cannot restore the unsaved work</source>
        <translation>No se puede restaurar el trabajo sin guardar</translation>
    </message>
</context>
</TS>
