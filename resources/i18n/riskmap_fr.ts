<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActionPlanModel</name>
    <message>
        <source>{status} — overdue</source>
        <translation>{status} — échéance dépassée</translation>
    </message>
    <message numerus="yes">
        <source>Overdue: the deadline passed %n day(s) ago</source>
        <translation>
            <numerusform>En retard : échéance dépassée depuis %n jour</numerusform>
            <numerusform>En retard : échéance dépassée depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Change {what} of {code}</source>
        <translation>Modifier {what} de {code}</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Nouveau projet</translation>
    </message>
    <message>
        <source>Start a blank project</source>
        <translation>Commencer un projet vierge</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Nouveau à partir d&apos;un &amp;modèle…</translation>
    </message>
    <message>
        <source>Start from the stage library template</source>
        <translation>Partir du modèle de la bibliothèque des étapes</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a .riskmap project</source>
        <translation>Ouvrir un projet .riskmap</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the project under another name</source>
        <translation>Enregistrer le projet sous un autre nom</translation>
    </message>
    <message>
        <source>Save with Pass&amp;word…</source>
        <translation>Enregistrer avec un mot de &amp;passe…</translation>
    </message>
    <message>
        <source>Encrypt the project with a password (set or change it)</source>
        <translation>Chiffrer le projet avec un mot de passe (le définir ou le changer)</translation>
    </message>
    <message>
        <source>Remove Passwor&amp;d…</source>
        <translation>Supprimer le mot de pa&amp;sse…</translation>
    </message>
    <message>
        <source>Save the project without encryption from now on</source>
        <translation>Enregistrer désormais le projet sans chiffrement</translation>
    </message>
    <message>
        <source>&amp;Merge a Copy…</source>
        <translation>&amp;Fusionner une copie…</translation>
    </message>
    <message>
        <source>Bring in the changes of a copy edited elsewhere (both sets of edits are kept)</source>
        <translation>Intégrer les modifications d&apos;une copie éditée ailleurs (les deux séries de modifications sont conservées)</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <source>Close the project</source>
        <translation>Fermer le projet</translation>
    </message>
    <message>
        <source>Export to &amp;Excel…</source>
        <translation>Exporter vers &amp;Excel…</translation>
    </message>
    <message>
        <source>Export the register and action plan to an Excel workbook</source>
        <translation>Exporter le registre et le plan d&apos;action dans un classeur Excel</translation>
    </message>
    <message>
        <source>Export to &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export the PDF report</source>
        <translation>Exporter le rapport PDF</translation>
    </message>
    <message>
        <source>Export SVG &amp;Drawings…</source>
        <translation>Exporter des &amp;dessins SVG…</translation>
    </message>
    <message>
        <source>Export the process maps and heat maps as SVG drawings</source>
        <translation>Exporter les cartes des processus et les cartes thermiques en dessins SVG</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit riskmap</source>
        <translation>Quitter riskmap</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo the edit undone</source>
        <translation>Rétablir la modification annulée</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>Cut the selected stages</source>
        <translation>Couper les étapes sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected stages with their risks</source>
        <translation>Copier les étapes sélectionnées avec leurs risques</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Paste stages and their risks</source>
        <translation>Coller des étapes et leurs risques</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected stages (with their flows and risks)</source>
        <translation>Supprimer les étapes sélectionnées (avec leurs flux et leurs risques)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Select every stage</source>
        <translation>Sélectionner toutes les étapes</translation>
    </message>
    <message>
        <source>Copy &amp;Map as Image</source>
        <translation>Copier la &amp;carte en image</translation>
    </message>
    <message>
        <source>Copy the whole process map as a picture, for slides</source>
        <translation>Copier toute la carte du processus en image, pour des diapositives</translation>
    </message>
    <message>
        <source>Copy &amp;Heat Map as Image</source>
        <translation>Copier la carte &amp;thermique en image</translation>
    </message>
    <message>
        <source>Copy the heat map as a picture, for slides</source>
        <translation>Copier la carte thermique en image, pour des diapositives</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>Rename the selected stage or flow</source>
        <translation>Renommer l&apos;étape ou le flux sélectionné</translation>
    </message>
    <message>
        <source>&amp;Find Stage…</source>
        <translation>Rec&amp;hercher une étape…</translation>
    </message>
    <message>
        <source>Find a stage by code or name</source>
        <translation>Rechercher une étape par code ou par nom</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Préf&amp;érences…</translation>
    </message>
    <message>
        <source>Your name for the audit trail, backups, autosave, language</source>
        <translation>Votre nom pour la piste d&apos;audit, sauvegardes, enregistrement automatique, langue</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>A&amp;juster à la fenêtre</translation>
    </message>
    <message>
        <source>Show the whole process</source>
        <translation>Afficher tout le processus</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>Taille ré&amp;elle</translation>
    </message>
    <message>
        <source>Zoom to 100 %</source>
        <translation>Zoom à 100 %</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>Plein é&amp;cran</translation>
    </message>
    <message>
        <source>Presentation view for the projector</source>
        <translation>Vue de présentation pour le projecteur</translation>
    </message>
    <message>
        <source>&amp;Inherent</source>
        <translation>&amp;Inhérent</translation>
    </message>
    <message>
        <source>Colour by inherent risk (before controls)</source>
        <translation>Colorer selon le risque inhérent (avant contrôles)</translation>
    </message>
    <message>
        <source>&amp;Residual</source>
        <translation>&amp;Résiduel</translation>
    </message>
    <message>
        <source>Colour by residual risk (with existing controls)</source>
        <translation>Colorer selon le risque résiduel (avec les contrôles existants)</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Cible</translation>
    </message>
    <message>
        <source>Colour by target risk (after planned measures)</source>
        <translation>Colorer selon le risque cible (après les mesures prévues)</translation>
    </message>
    <message>
        <source>&amp;Standard</source>
        <translation>&amp;Standard</translation>
    </message>
    <message>
        <source>Bands in the colours of the scale profile</source>
        <translation>Niveaux de risque aux couleurs de l&apos;échelle de cotation</translation>
    </message>
    <message>
        <source>&amp;Colour-blind Safe</source>
        <translation>Adapté aux &amp;daltoniens</translation>
    </message>
    <message>
        <source>Bands from pale yellow to dark purple: told apart with any colour vision and in greyscale</source>
        <translation>Niveaux du jaune pâle au violet foncé : distincts quelle que soit la vision des couleurs, et en niveaux de gris</translation>
    </message>
    <message>
        <source>&amp;Patterns on Bands</source>
        <translation>&amp;Motifs sur les niveaux</translation>
    </message>
    <message>
        <source>Hatch the bands, denser the higher the band, so that they read without colour</source>
        <translation>Hachurer les niveaux, plus serré pour un niveau plus élevé, pour qu&apos;ils se lisent sans couleur</translation>
    </message>
    <message>
        <source>&amp;Next Panel</source>
        <translation>Panneau &amp;suivant</translation>
    </message>
    <message>
        <source>Move the keyboard to the next panel (map, inspector, heat map, register…)</source>
        <translation>Passer le clavier au panneau suivant (carte, inspecteur, carte thermique, registre…)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Panel</source>
        <translation>Panneau &amp;précédent</translation>
    </message>
    <message>
        <source>Move the keyboard to the previous panel</source>
        <translation>Passer le clavier au panneau précédent</translation>
    </message>
    <message>
        <source>&amp;Audit Trail…</source>
        <translation>Piste d&apos;&amp;audit…</translation>
    </message>
    <message>
        <source>Who changed what and when, saved with the project</source>
        <translation>Qui a modifié quoi et quand, enregistré avec le projet</translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation>Ajouter une &amp;étape</translation>
    </message>
    <message>
        <source>Add a stage to the process</source>
        <translation>Ajouter une étape au processus</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>&amp;Connect Stages</source>
        <translation>&amp;Relier des étapes</translation>
    </message>
    <message>
        <source>Drag from one stage to another to add a flow</source>
        <translation>Faire glisser d&apos;une étape à une autre pour ajouter un flux</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Relier</translation>
    </message>
    <message>
        <source>Connect &amp;To…</source>
        <translation>Relier &amp;à…</translation>
    </message>
    <message>
        <source>Add a flow from the selected stage: choose the next stage with the arrow keys or Tab, then press Enter</source>
        <translation>Ajouter un flux depuis l&apos;étape sélectionnée : choisir l&apos;étape suivante avec les flèches ou Tab, puis appuyer sur Entrée</translation>
    </message>
    <message>
        <source>Automatic &amp;Layout</source>
        <translation>&amp;Disposition automatique</translation>
    </message>
    <message>
        <source>Arrange the stages that were not placed by hand</source>
        <translation>Disposer les étapes qui n&apos;ont pas été placées à la main</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>&amp;New Process</source>
        <translation>&amp;Nouveau processus</translation>
    </message>
    <message>
        <source>Add a process to the project</source>
        <translation>Ajouter un processus au projet</translation>
    </message>
    <message>
        <source>&amp;Rename Process…</source>
        <translation>&amp;Renommer le processus…</translation>
    </message>
    <message>
        <source>Rename the current process</source>
        <translation>Renommer le processus courant</translation>
    </message>
    <message>
        <source>&amp;Delete Process</source>
        <translation>&amp;Supprimer le processus</translation>
    </message>
    <message>
        <source>Delete the current process with its stages and risks</source>
        <translation>Supprimer le processus courant avec ses étapes et ses risques</translation>
    </message>
    <message>
        <source>Scale &amp;Profile…</source>
        <translation>Échelle de &amp;cotation…</translation>
    </message>
    <message>
        <source>Choose or edit the likelihood and impact scales</source>
        <translation>Choisir ou modifier les échelles de probabilité et d&apos;impact</translation>
    </message>
    <message>
        <source>P&amp;articipants…</source>
        <translation>P&amp;articipants…</translation>
    </message>
    <message>
        <source>Who takes part, and whether votes stay anonymous</source>
        <translation>Qui participe, et si les votes restent anonymes</translation>
    </message>
    <message>
        <source>&amp;Group Scoring…</source>
        <translation>Cotation en &amp;groupe…</translation>
    </message>
    <message>
        <source>Each participant votes; the group agrees a score (selected risks, or all)</source>
        <translation>Chaque participant vote ; le groupe retient un score (risques sélectionnés, ou tous)</translation>
    </message>
    <message>
        <source>&amp;Suggestions from the Library…</source>
        <translation>&amp;Suggestions de la bibliothèque…</translation>
    </message>
    <message>
        <source>Typical risks for a stage, measures for a risk</source>
        <translation>Risques types pour une étape, mesures pour un risque</translation>
    </message>
    <message>
        <source>&amp;Close Round…</source>
        <translation>Clore le c&amp;ycle…</translation>
    </message>
    <message>
        <source>Keep a dated snapshot of every score and status</source>
        <translation>Conserver un instantané daté de chaque score et statut</translation>
    </message>
    <message>
        <source>&amp;Rounds and Comparison…</source>
        <translation>Cycles et co&amp;mparaison…</translation>
    </message>
    <message>
        <source>Compare two rounds, show what moved, copy a round forward</source>
        <translation>Comparer deux cycles, montrer ce qui a changé, reprendre un cycle</translation>
    </message>
    <message>
        <source>&amp;About riskmap</source>
        <translation>À &amp;propos de riskmap</translation>
    </message>
    <message>
        <source>About riskmap</source>
        <translation>À propos de riskmap</translation>
    </message>
</context>
<context>
    <name>AgreedScore</name>
    <message>
        <source>Agreed likelihood</source>
        <translation>Probabilité retenue</translation>
    </message>
    <message>
        <source>Agreed impact</source>
        <translation>Impact retenu</translation>
    </message>
    <message>
        <source>Use median</source>
        <translation>Prendre la médiane</translation>
    </message>
    <message>
        <source>Why the group agreed this score, e.g. “supervisor review covers 10 % of files”</source>
        <translation>Pourquoi le groupe a retenu ce score, p. ex. « la revue par le superviseur couvre 10 % des dossiers »</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <source>Export the audit trail</source>
        <translation>Exporter la piste d&apos;audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>Piste d&apos;audit</translation>
    </message>
    <message>
        <source>Filter by name, code, field or value…</source>
        <translation>Filtrer par nom, code, champ ou valeur…</translation>
    </message>
    <message>
        <source>No changes recorded yet. Each save adds what changed since the last one, with your name (Edit &gt; Preferences).</source>
        <translation>Aucune modification enregistrée pour l&apos;instant. Chaque enregistrement ajoute ce qui a changé depuis le précédent, avec votre nom (Édition &gt; Préférences).</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>The whole audit trail as a CSV file, for a spreadsheet</source>
        <translation>Toute la piste d&apos;audit dans un fichier CSV, pour un tableur</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 changes</source>
        <translation>%1 modifications sur %2</translation>
    </message>
    <message>
        <source>Not exported: {error}</source>
        <translation>Non exporté : {error}</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exporté vers {path}</translation>
    </message>
</context>
<context>
    <name>CloseRoundDialog</name>
    <message>
        <source>Round {number} – {month}</source>
        <translation>Cycle {number} – {month}</translation>
    </message>
    <message>
        <source>Close round</source>
        <translation>Clore le cycle</translation>
    </message>
    <message>
        <source>e.g. Yearly reassessment with the Sabaki port team; new scanner in service since March</source>
        <translation>p. ex. Réévaluation annuelle avec l&apos;équipe du port de Sabaki ; nouveau scanner en service depuis mars</translation>
    </message>
    <message>
        <source>The round keeps today&apos;s scores of all %1 risks and the status of all %2 measures, to compare with later rounds. Work goes on in the current state.</source>
        <translation>Le cycle conserve les scores du jour des %1 risques et le statut des %2 mesures, pour comparaison avec les cycles suivants. Le travail continue sur l&apos;état actuel.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Clos le</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Give the round a name.</source>
        <translation>Donnez un nom au cycle.</translation>
    </message>
    <message>
        <source>Another round is already called “%s”.</source>
        <translation>Un autre cycle s&apos;appelle déjà « %s ».</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <source>Band colour</source>
        <translation>Couleur du niveau</translation>
    </message>
</context>
<context>
    <name>ColumnMenu</name>
    <message>
        <source>Right-click to show or hide columns</source>
        <translation>Clic droit pour afficher ou masquer des colonnes</translation>
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
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Linked risks</source>
        <translation>Risques liés</translation>
    </message>
    <message>
        <source>Key factor(s)</source>
        <translation>Facteur(s) clé(s)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Supporting unit</source>
        <translation>Unité d&apos;appui</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Situation de départ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Progress %</source>
        <translation>Avancement %</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Risk statement</source>
        <translation>Énoncé du risque</translation>
    </message>
    <message>
        <source>Corruption type</source>
        <translation>Type de corruption</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Enabling factors</source>
        <translation>Facteurs favorisants</translation>
    </message>
    <message>
        <source>Existing controls</source>
        <translation>Contrôles existants</translation>
    </message>
    <message>
        <source>Inherent L</source>
        <translation>P inhérente</translation>
    </message>
    <message>
        <source>Inherent I</source>
        <translation>I inhérent</translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation>Inhérent</translation>
    </message>
    <message>
        <source>Residual L</source>
        <translation>P résiduelle</translation>
    </message>
    <message>
        <source>Residual I</source>
        <translation>I résiduel</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Résiduel</translation>
    </message>
    <message>
        <source>Target L</source>
        <translation>P cible</translation>
    </message>
    <message>
        <source>Target I</source>
        <translation>I cible</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Risk owner</source>
        <translation>Responsable du risque</translation>
    </message>
    <message>
        <source>Linked measures</source>
        <translation>Mesures liées</translation>
    </message>
    <message>
        <source>Key factors</source>
        <translation>Facteurs clés</translation>
    </message>
    <message>
        <source>Source of evidence</source>
        <translation>Source de preuve</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Dernière revue</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>▲ Up</source>
        <translation>▲ En hausse</translation>
    </message>
    <message>
        <source>▼ Down</source>
        <translation>▼ En baisse</translation>
    </message>
    <message>
        <source>Rescored</source>
        <translation>Recoté</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Δ score</source>
        <translation>Δ score</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>non coté</translation>
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
        <translation>Contrôle existant</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>Efficacité</translation>
    </message>
    <message>
        <source>Add control</source>
        <translation>Ajouter un contrôle</translation>
    </message>
    <message>
        <source>Remove control</source>
        <translation>Retirer le contrôle</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <source>Risks by band</source>
        <translation>Risques par niveau</translation>
    </message>
    <message>
        <source>Top residual risks</source>
        <translation>Risques résiduels les plus élevés</translation>
    </message>
    <message>
        <source>Measures by status</source>
        <translation>Mesures par statut</translation>
    </message>
    <message>
        <source>Key factors (measures)</source>
        <translation>Facteurs clés (mesures)</translation>
    </message>
    <message>
        <source>Overdue measures</source>
        <translation>Mesures en retard</translation>
    </message>
    <message>
        <source>Unscored</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>{measures} ({done} done)</source>
        <translation>{measures} ({done} faites)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>{factor}: {measures}, {done} done, covering {risks}</source>
        <translation>{factor} : {measures}, {done} réalisées, couvrant {risks}</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n mesure</numerusform>
            <numerusform>%n mesures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n risque</numerusform>
            <numerusform>%n risques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; overdue</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; en retard</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>none overdue</source>
        <translation>aucune en retard</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; risk(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; risque</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; risques</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; {band} residual</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; au niveau résiduel {band}</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; measure(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; mesure</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; mesures</numerusform>
        </translation>
    </message>
    <message>
        <source>No risk scored yet</source>
        <translation>Aucun risque coté pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline {date}, owner {owner}</source>
        <translation>Échéance {date}, responsable {owner}</translation>
    </message>
    <message>
        <source>… and {count} more (filter the action plan on “Overdue only”)</source>
        <translation>… et {count} autres (filtrer le plan d&apos;action sur « En retard seulement »)</translation>
    </message>
    <message>
        <source>No measure is overdue</source>
        <translation>Aucune mesure en retard</translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <source>Stage library</source>
        <translation>Étapes types</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Problèmes ({count})</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>EnterPasswordDialog</name>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>“{name}” is encrypted. Enter its password to open it.</source>
        <translation>« {name} » est chiffré. Saisissez son mot de passe pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
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
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Summary, heat map, risk register, action plan and stages; managers can update the status of measures and send it back.</source>
        <translation>Synthèse, carte thermique, registre des risques, plan d&apos;action et étapes ; les responsables peuvent mettre à jour le statut des mesures et renvoyer le classeur.</translation>
    </message>
    <message>
        <source>Report with cover, executive summary, process maps, heat maps, register, action plan by key factor and method annex.</source>
        <translation>Rapport avec couverture, synthèse, cartes des processus, cartes thermiques, registre, plan d&apos;action par facteur clé et annexe méthodologique.</translation>
    </message>
    <message>
        <source>One drawing per process map and per heat map, into a folder.</source>
        <translation>Un dessin par carte de processus et par carte thermique, dans un dossier.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Redact for a wider audience (names and evidence removed)</source>
        <translation>Caviarder pour une diffusion plus large (noms et preuves retirés)</translation>
    </message>
    <message>
        <source>For copies shared beyond the team: owners, actors, participants and authors become “[redacted]”, sources of evidence are left out, and the export is marked REDACTED</source>
        <translation>Pour les copies diffusées hors de l&apos;équipe : responsables, acteurs, participants et auteurs deviennent « [redacted] », les sources de preuve sont omises et l&apos;export porte la mention CAVIARDÉ</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Pas de comparaison</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>État actuel</translation>
    </message>
    <message>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Second language (headings)</source>
        <translation>Deuxième langue (titres)</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Compare rounds</source>
        <translation>Comparer des cycles</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Rapport PDF</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Rapport PDF (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawings for slides</source>
        <translation>Dessins SVG pour diapositives</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Erreur inattendue : {error}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>The export did not complete.</source>
        <translation>L&apos;export n&apos;a pas abouti.</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <source>Exported to:</source>
        <translation>Exporté vers :</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Choose a folder for the SVG drawings</source>
        <translation>Choisir un dossier pour les dessins SVG</translation>
    </message>
    <message>
        <source>Export {what}</source>
        <translation>Exporter : {what}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>An export is still running; wait for it to finish.</source>
        <translation>Un export est encore en cours ; attendez qu&apos;il se termine.</translation>
    </message>
    <message>
        <source>Exporting the {what}…</source>
        <translation>Export en cours : {what}…</translation>
    </message>
</context>
<context>
    <name>FileManager</name>
    <message>
        <source>riskmap projects (*.riskmap);;All files (*)</source>
        <translation>Projets riskmap (*.riskmap);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>Enregistrer les modifications de « {name} » avant de fermer ?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>Remove Password</source>
        <translation>Supprimer le mot de passe</translation>
    </message>
    <message>
        <source>Save “{name}” without a password?</source>
        <translation>Enregistrer « {name} » sans mot de passe ?</translation>
    </message>
    <message>
        <source>Anyone who gets a copy of the file will be able to read it. Backups and recovery files will not be encrypted either.</source>
        <translation>Toute personne qui obtient une copie du fichier pourra le lire. Les sauvegardes et les fichiers de récupération ne seront pas chiffrés non plus.</translation>
    </message>
    <message>
        <source>Wrong password, or the file was altered. Try again.</source>
        <translation>Mot de passe erroné, ou le fichier a été modifié. Réessayez.</translation>
    </message>
    <message>
        <source>Cannot open {name}</source>
        <translation>Impossible d&apos;ouvrir {name}</translation>
    </message>
    <message>
        <source>Cannot save {name}</source>
        <translation>Impossible d&apos;enregistrer {name}</translation>
    </message>
</context>
<context>
    <name>FlowItem</name>
    <message>
        <source>Risks on this hand-over: {badge}</source>
        <translation>Risques sur ce transfert : {badge}</translation>
    </message>
</context>
<context>
    <name>GroupScoringDialog</name>
    <message>
        <source>Group scoring</source>
        <translation>Cotation en groupe</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>No participants yet: add them under Workshop ▸ Participants, then come back to vote.</source>
        <translation>Aucun participant pour l&apos;instant : ajoutez-les dans Atelier ▸ Participants, puis revenez voter.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Record and next ▶</source>
        <translation>Enregistrer et suivant ▶</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Individual votes</source>
        <translation>Votes individuels</translation>
    </message>
    <message>
        <source>Agreed score</source>
        <translation>Score retenu</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersion</translation>
    </message>
    <message>
        <source>No risk to score yet.</source>
        <translation>Aucun risque à coter pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Risk %1 of %2</source>
        <translation>Risque %1 sur %2</translation>
    </message>
    <message>
        <source>%d participant(s) picked only one level.</source>
        <translation>%d participant(s) n&apos;ont choisi qu&apos;un seul niveau.</translation>
    </message>
    <message>
        <source>Not recorded yet (Ctrl+Enter records and moves on).</source>
        <translation>Pas encore enregistré (Ctrl+Entrée enregistre et passe au suivant).</translation>
    </message>
    <message>
        <source>Not scored yet.</source>
        <translation>Pas encore coté.</translation>
    </message>
    <message>
        <source>Votes and agreed score recorded.</source>
        <translation>Votes et score retenu enregistrés.</translation>
    </message>
    <message>
        <source>Score recorded before the workshop; votes typed now propose a new one.</source>
        <translation>Score enregistré avant l&apos;atelier ; les votes saisis maintenant en proposent un nouveau.</translation>
    </message>
    <message>
        <source>Group score of %s</source>
        <translation>Score de groupe de %s</translation>
    </message>
    <message>
        <source>Votes not recorded</source>
        <translation>Votes non enregistrés</translation>
    </message>
    <message>
        <source>Record the votes and the agreed score of %s first?</source>
        <translation>Enregistrer d&apos;abord les votes et le score retenu de %s ?</translation>
    </message>
</context>
<context>
    <name>HeatmapPanel</name>
    <message>
        <source>Show the {kind} scores</source>
        <translation>Afficher les scores : {kind}</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copier l&apos;image</translation>
    </message>
    <message>
        <source>Copy the heat map to the clipboard, for slides</source>
        <translation>Copier la carte thermique dans le presse-papiers, pour des diapositives</translation>
    </message>
    <message numerus="yes">
        <source>Inherent risk — %n risk(s)</source>
        <translation>
            <numerusform>Risque inhérent — %n risque</numerusform>
            <numerusform>Risque inhérent — %n risques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Residual risk — %n risk(s)</source>
        <translation>
            <numerusform>Risque résiduel — %n risque</numerusform>
            <numerusform>Risque résiduel — %n risques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Target risk — %n risk(s)</source>
        <translation>
            <numerusform>Risque cible — %n risque</numerusform>
            <numerusform>Risque cible — %n risques</numerusform>
        </translation>
    </message>
    <message>
        <source>Not scored yet ({count}): {codes}</source>
        <translation>Pas encore cotés ({count}) : {codes}</translation>
    </message>
</context>
<context>
    <name>HeatmapWidget</name>
    <message>
        <source>Heat map</source>
        <translation>Carte thermique</translation>
    </message>
    <message numerus="yes">
        <source>Likelihood {lik}, impact {imp}: {band}, score {score}, %n risk(s) {codes}</source>
        <translation>
            <numerusform>Probabilité {lik}, impact {imp} : {band}, score {score}, %n risque {codes}</numerusform>
            <numerusform>Probabilité {lik}, impact {imp} : {band}, score {score}, %n risques {codes}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s). Arrow keys move between cells; Enter shows a cell&apos;s risks in the register.</source>
        <translation>
            <numerusform>%n risque. Les flèches passent d&apos;une case à l&apos;autre ; Entrée affiche les risques d&apos;une case dans le registre.</numerusform>
            <numerusform>%n risques. Les flèches passent d&apos;une case à l&apos;autre ; Entrée affiche les risques d&apos;une case dans le registre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag to another cell to re-score.</source>
        <translation>Faire glisser vers une autre case pour recoter.</translation>
    </message>
    <message numerus="yes">
        <source>{lik} × {imp}: score {score}, {band} — %n risk(s)</source>
        <translation>
            <numerusform>{lik} × {imp} : score {score}, {band} — %n risque</numerusform>
            <numerusform>{lik} × {imp} : score {score}, {band} — %n risques</numerusform>
        </translation>
    </message>
    <message>
        <source>(shown in the register)</source>
        <translation>(affichés dans le registre)</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation>Impact →</translation>
    </message>
    <message>
        <source>Likelihood →</source>
        <translation>Probabilité →</translation>
    </message>
</context>
<context>
    <name>HolderCombo</name>
    <message>
        <source>Flow {name}</source>
        <translation>Flux {name}</translation>
    </message>
    <message>
        <source>Choose the stage (type to search)</source>
        <translation>Choisir l&apos;étape (tapez pour rechercher)</translation>
    </message>
</context>
<context>
    <name>HolderForm</name>
    <message>
        <source>What happens at this stage, who decides</source>
        <translation>Ce qui se passe à cette étape, qui décide</translation>
    </message>
    <message>
        <source>e.g. Examination officer, Customs broker</source>
        <translation>p. ex. Agent chargé de la visite, commissionnaire en douane</translation>
    </message>
    <message>
        <source>e.g. red channel</source>
        <translation>p. ex. circuit rouge</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Enabling factors</source>
        <translation>Facteurs favorisants</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Entre</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <source>description</source>
        <translation>la description</translation>
    </message>
    <message>
        <source>actors</source>
        <translation>les acteurs</translation>
    </message>
    <message>
        <source>office</source>
        <translation>le bureau</translation>
    </message>
    <message>
        <source>enabling factors</source>
        <translation>les facteurs favorisants</translation>
    </message>
    <message>
        <source>label</source>
        <translation>le libellé</translation>
    </message>
    <message>
        <source>Change {field} of {code}</source>
        <translation>Modifier {field} de {code}</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>Select a stage or a flow on the map to see its properties and its risks.</source>
        <translation>Sélectionnez une étape ou un flux sur la carte pour voir ses propriétés et ses risques.</translation>
    </message>
    <message>
        <source>New risk: actor – action – outcome, then Enter</source>
        <translation>Nouveau risque : acteur – action – conséquence, puis Entrée</translation>
    </message>
    <message>
        <source>New risk statement</source>
        <translation>Énoncé du nouveau risque</translation>
    </message>
    <message>
        <source>Enter adds the risk; Ctrl+Enter adds it in the full editor, to score it</source>
        <translation>Entrée ajoute le risque ; Ctrl+Entrée l&apos;ajoute dans l&apos;éditeur complet, pour le coter</translation>
    </message>
    <message>
        <source>Risks of the selected stage or flow</source>
        <translation>Risques de l&apos;étape ou du flux sélectionné</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>New risk…</source>
        <translation>Nouveau risque…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Flow {code}</source>
        <translation>Flux {code}</translation>
    </message>
    <message>
        <source>Risks ({count})</source>
        <translation>Risques ({count})</translation>
    </message>
    <message>
        <source>Risks — none recorded yet</source>
        <translation>Risques — aucun relevé pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>KeyFactorShort</name>
    <message>
        <source>Leadership</source>
        <translation>Leadership</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Réglementation</translation>
    </message>
    <message>
        <source>Transparency</source>
        <translation>Transparence</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatisation</translation>
    </message>
    <message>
        <source>Reform</source>
        <translation>Réforme</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Code of Conduct</source>
        <translation>Code de conduite</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>RH</translation>
    </message>
    <message>
        <source>Morale</source>
        <translation>Moral</translation>
    </message>
    <message>
        <source>Private Sector</source>
        <translation>Secteur privé</translation>
    </message>
</context>
<context>
    <name>LevelsEditor</name>
    <message>
        <source>Number of %s levels</source>
        <translation>Nombre de niveaux (%s)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Descriptor</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Highest level first. The descriptor tells a workshop what the level means.</source>
        <translation>Le niveau le plus élevé en premier. La description dit à l&apos;atelier ce que signifie le niveau.</translation>
    </message>
    <message>
        <source>Number of levels</source>
        <translation>Nombre de niveaux</translation>
    </message>
    <message>
        <source>Level %d</source>
        <translation>Niveau %d</translation>
    </message>
</context>
<context>
    <name>LinkRisksDialog</name>
    <message>
        <source>Risks addressed by {code}</source>
        <translation>Risques traités par {code}</translation>
    </message>
    <message>
        <source>Search code or statement</source>
        <translation>Rechercher un code ou un énoncé</translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s) linked</source>
        <translation>
            <numerusform>%n risque lié</numerusform>
            <numerusform>%n risques liés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Undo {edit}</source>
        <translation>&amp;Annuler : {edit}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo {edit}</source>
        <translation>Annuler : {edit}</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <source>&amp;Redo {edit}</source>
        <translation>&amp;Rétablir : {edit}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo {edit}</source>
        <translation>Rétablir : {edit}</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Rien à rétablir</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>pas encore enregistré</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s) match “{text}”</source>
        <translation>
            <numerusform>%n étape correspond à « {text} »</numerusform>
            <numerusform>%n étapes correspondent à « {text} »</numerusform>
        </translation>
    </message>
    <message>
        <source>About riskmap</source>
        <translation>À propos de riskmap</translation>
    </message>
    <message>
        <source>Corruption risk mapping for Customs administrations, following the WCO method and the Revised Arusha Declaration.</source>
        <translation>Cartographie des risques de corruption pour les administrations des douanes, selon la méthode de l&apos;OMD et la Déclaration d&apos;Arusha révisée.</translation>
    </message>
</context>
<context>
    <name>MapClipboard</name>
    <message>
        <source>Paste stage {name}</source>
        <translation>Coller l&apos;étape {name}</translation>
    </message>
    <message>
        <source>Paste {n} stages</source>
        <translation>Coller {n} étapes</translation>
    </message>
</context>
<context>
    <name>MapCommands</name>
    <message>
        <source>Name of the process:</source>
        <translation>Nom du processus :</translation>
    </message>
    <message>
        <source>New process</source>
        <translation>Nouveau processus</translation>
    </message>
    <message>
        <source>Rename process</source>
        <translation>Renommer le processus</translation>
    </message>
</context>
<context>
    <name>MapKeyboard</name>
    <message>
        <source>no stage</source>
        <translation>aucune étape</translation>
    </message>
    <message>
        <source>Connect {source} to {target}: arrows or Tab choose, Enter connects, Escape cancels</source>
        <translation>Relier {source} à {target} : flèches ou Tab pour choisir, Entrée pour relier, Échap pour annuler</translation>
    </message>
    <message>
        <source>{source} already flows to {target}</source>
        <translation>{source} mène déjà à {target}</translation>
    </message>
    <message>
        <source>Connected {source} to {target}</source>
        <translation>{source} relié à {target}</translation>
    </message>
</context>
<context>
    <name>MapOperations</name>
    <message>
        <source>New stage</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <source>Connect {source} to {target}</source>
        <translation>Relier {source} à {target}</translation>
    </message>
    <message>
        <source>Rename stage {code} to {name}</source>
        <translation>Renommer l&apos;étape {code} en {name}</translation>
    </message>
    <message>
        <source>Label flow {code} “{label}”</source>
        <translation>Libellé du flux {code} : « {label} »</translation>
    </message>
    <message>
        <source>Remove the label of {code}</source>
        <translation>Retirer le libellé de {code}</translation>
    </message>
    <message>
        <source>Rename process {code} to {name}</source>
        <translation>Renommer le processus {code} en {name}</translation>
    </message>
    <message>
        <source>Automatic layout of {code}</source>
        <translation>Disposition automatique de {code}</translation>
    </message>
</context>
<context>
    <name>MapStyle</name>
    <message>
        <source>No risks</source>
        <translation>Aucun risque</translation>
    </message>
    <message>
        <source>{count} unscored</source>
        <translation>{count} non coté(s)</translation>
    </message>
</context>
<context>
    <name>MatrixPreview</name>
    <message>
        <source>Impact →</source>
        <translation>Impact →</translation>
    </message>
    <message>
        <source>Likelihood ↑</source>
        <translation>Probabilité ↑</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Process</source>
        <translation>&amp;Processus</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>A&amp;telier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un projet &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Couleurs</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>Pa&amp;nneaux</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Projects</source>
        <translation>&amp;Effacer la liste des projets récents</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Find stage…</source>
        <translation>Rechercher une étape…</translation>
    </message>
    <message>
        <source>Find stage</source>
        <translation>Rechercher une étape</translation>
    </message>
    <message>
        <source>Colour by </source>
        <translation>Colorer selon </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge a Copy</source>
        <translation>Fusionner une copie</translation>
    </message>
    <message>
        <source>Bringing the changes of &lt;b&gt;{theirs}&lt;/b&gt; (theirs) into &lt;b&gt;{mine}&lt;/b&gt; (mine), both edited from &lt;b&gt;{base}&lt;/b&gt;.</source>
        <translation>Intégration des modifications de &lt;b&gt;{theirs}&lt;/b&gt; (la leur) dans &lt;b&gt;{mine}&lt;/b&gt; (la mienne), toutes deux éditées à partir de &lt;b&gt;{base}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mienne</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La leur</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Keep All Mine</source>
        <translation>Tout garder de la mienne</translation>
    </message>
    <message>
        <source>Keep All Theirs</source>
        <translation>Tout garder de la leur</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%n): both copies changed these differently. Choose the value to keep.</source>
        <translation>
            <numerusform>Conflits (%n) : les deux copies ont modifié ceci différemment. Choisissez la valeur à garder.</numerusform>
            <numerusform>Conflits (%n) : les deux copies ont modifié ceci différemment. Choisissez la valeur à garder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>None: the changes of both copies fit together.</source>
        <translation>Aucun : les modifications des deux copies sont compatibles.</translation>
    </message>
    <message numerus="yes">
        <source>Notes (%n)</source>
        <translation>
            <numerusform>Notes (%n)</numerusform>
            <numerusform>Notes (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>The merge is one step: Edit &gt; Undo takes it back.</source>
        <translation>La fusion est une seule étape : Édition &gt; Annuler la défait.</translation>
    </message>
</context>
<context>
    <name>MovesModel</name>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>After the switch</source>
        <translation>Après le changement</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Save with Password</source>
        <translation>Enregistrer avec un mot de passe</translation>
    </message>
    <message>
        <source>“{name}” will be saved encrypted (AES-256): without the password, nobody can read it.</source>
        <translation>« {name} » sera enregistré chiffré (AES-256) : sans le mot de passe, personne ne peut le lire.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A lost password cannot be recovered.&lt;/b&gt; Nobody, not even the makers of riskmap, can open the project without it. Keep it somewhere safe, and share it only with the team.</source>
        <translation>&lt;b&gt;Un mot de passe perdu ne peut pas être récupéré.&lt;/b&gt; Personne, pas même les auteurs de riskmap, ne peut ouvrir le projet sans lui. Conservez-le en lieu sûr et ne le partagez qu&apos;avec l&apos;équipe.</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>Save Encrypted</source>
        <translation>Enregistrer chiffré</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Répétez-le :</translation>
    </message>
    <message>
        <source>Type the password twice.</source>
        <translation>Saisissez le mot de passe deux fois.</translation>
    </message>
    <message>
        <source>Type it again to be sure of it.</source>
        <translation>Saisissez-le à nouveau pour en être sûr.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>The two passwords match.</source>
        <translation>Les deux mots de passe sont identiques.</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <source>Workshop participants</source>
        <translation>Participants à l&apos;atelier</translation>
    </message>
    <message>
        <source>Keep votes anonymous</source>
        <translation>Garder les votes anonymes</translation>
    </message>
    <message>
        <source>When votes are anonymous, group scoring, the register and the report show each voter&apos;s code (P01, P02 …), never a name. Names may be left empty.</source>
        <translation>Quand les votes sont anonymes, la cotation en groupe, le registre et le rapport affichent le code de chaque votant (P01, P02 …), jamais un nom. Les noms peuvent rester vides.</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Retirer le participant</translation>
    </message>
    <message>
        <source>Removing %1 also removes the vote they cast.</source>
        <translation>Retirer %1 retire aussi son vote.</translation>
    </message>
    <message>
        <source>Removing %1 also removes the %2 votes they cast.</source>
        <translation>Retirer %1 retire aussi ses %2 votes.</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Votes cast</source>
        <translation>Votes exprimés</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Search code, measure, owner, notes</source>
        <translation>Rechercher code, mesure, responsable, notes</translation>
    </message>
    <message>
        <source>Key factor</source>
        <translation>Facteur clé</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>En retard seulement</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Search the action plan</source>
        <translation>Rechercher dans le plan d&apos;action</translation>
    </message>
    <message>
        <source>New measure: what will be done, then Enter</source>
        <translation>Nouvelle mesure : ce qui sera fait, puis Entrée</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Nouvelle mesure</translation>
    </message>
    <message>
        <source>Link risks…</source>
        <translation>Lier des risques…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n mesure</numerusform>
            <numerusform>%n mesures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n measure(s)</source>
        <translation>
            <numerusform>{shown} sur %n mesure</numerusform>
            <numerusform>{shown} sur %n mesures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{measures}, %n overdue</source>
        <translation>
            <numerusform>{measures}, %n en retard</numerusform>
            <numerusform>{measures}, %n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>linked to {codes}</source>
        <translation>liée à {codes}</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>No problems found: every stage is connected and can be reached.</source>
        <translation>Aucun problème : chaque étape est reliée et peut être atteinte.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
</context>
<context>
    <name>ProcessMapScene</name>
    <message>
        <source>Add stage {code} {name}</source>
        <translation>Ajouter l&apos;étape {code} {name}</translation>
    </message>
    <message>
        <source>Add stage {code} {name} after {previous}</source>
        <translation>Ajouter l&apos;étape {code} {name} après {previous}</translation>
    </message>
</context>
<context>
    <name>ProcessMapView</name>
    <message>
        <source>Process map</source>
        <translation>Carte du processus</translation>
    </message>
    <message>
        <source>Select the stage to connect from first</source>
        <translation>Sélectionnez d&apos;abord l&apos;étape de départ du flux</translation>
    </message>
    <message>
        <source>{code} {name}: {badge}; {ins} flows in, {outs} out</source>
        <translation>{code} {name} : {badge} ; {ins} flux entrants, {outs} sortants</translation>
    </message>
    <message>
        <source>{count} stages selected</source>
        <translation>{count} étapes sélectionnées</translation>
    </message>
    <message>
        <source>No stage selected. Arrow keys or Tab choose a stage.</source>
        <translation>Aucune étape sélectionnée. Les flèches ou Tab choisissent une étape.</translation>
    </message>
    <message>
        <source>Add Stage &amp;Here</source>
        <translation>Ajouter une étape &amp;ici</translation>
    </message>
    <message numerus="yes">
        <source>Cut %n stage(s)</source>
        <translation>
            <numerusform>Couper %n étape</numerusform>
            <numerusform>Couper %n étapes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcessTabs</name>
    <message>
        <source>Process map: {name}</source>
        <translation>Carte du processus : {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>Scale profile</source>
        <translation>Échelle de cotation</translation>
    </message>
    <message>
        <source>Edit a copy</source>
        <translation>Modifier une copie</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Delete from my library</source>
        <translation>Supprimer de ma bibliothèque</translation>
    </message>
    <message>
        <source>Save to my library</source>
        <translation>Enregistrer dans ma bibliothèque</translation>
    </message>
    <message>
        <source>Apply to project…</source>
        <translation>Appliquer au projet…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt; — score and band of each cell</source>
        <translation>&lt;b&gt;Aperçu&lt;/b&gt; — score et niveau de chaque case</translation>
    </message>
    <message>
        <source>In use: %s</source>
        <translation>Utilisée : %s</translation>
    </message>
    <message>
        <source>Built-in: %s</source>
        <translation>Fournie : %s</translation>
    </message>
    <message>
        <source>My library: %s</source>
        <translation>Ma bibliothèque : %s</translation>
    </message>
    <message>
        <source>Some files of your library could not be read: %s</source>
        <translation>Certains fichiers de votre bibliothèque n&apos;ont pas pu être lus : %s</translation>
    </message>
    <message>
        <source>Built-in profiles stay as shipped: choose “Edit a copy” to change one. You can apply it as it is.</source>
        <translation>Les échelles fournies restent telles quelles : choisissez « Modifier une copie » pour en changer une. Vous pouvez l&apos;appliquer telle quelle.</translation>
    </message>
    <message>
        <source>Not valid yet: %s</source>
        <translation>Pas encore valide : %s</translation>
    </message>
    <message>
        <source>%s (copy)</source>
        <translation>%s (copie)</translation>
    </message>
    <message>
        <source>Cannot save the profile</source>
        <translation>Impossible d&apos;enregistrer l&apos;échelle</translation>
    </message>
    <message>
        <source>Saved to your library as “%s”.</source>
        <translation>Enregistrée dans votre bibliothèque sous « %s ».</translation>
    </message>
    <message>
        <source>Export scale profile</source>
        <translation>Exporter l&apos;échelle de cotation</translation>
    </message>
    <message>
        <source>Cannot export the profile</source>
        <translation>Impossible d&apos;exporter l&apos;échelle</translation>
    </message>
    <message>
        <source>Exported to %s.</source>
        <translation>Exportée vers %s.</translation>
    </message>
    <message>
        <source>Import scale profile</source>
        <translation>Importer une échelle de cotation</translation>
    </message>
    <message>
        <source>Cannot import the profile</source>
        <translation>Impossible d&apos;importer l&apos;échelle</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Supprimer l&apos;échelle</translation>
    </message>
    <message>
        <source>Delete “%s” from your library? Projects using it keep their copy.</source>
        <translation>Supprimer « %s » de votre bibliothèque ? Les projets qui l&apos;utilisent gardent leur copie.</translation>
    </message>
    <message>
        <source>The project now uses “%s”.</source>
        <translation>Le projet utilise désormais « %s ».</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>When to use this profile, and where its levels come from</source>
        <translation>Quand utiliser cette échelle, et d&apos;où viennent ses niveaux</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Levels, descriptors, score method and bands are on the next tabs; the preview follows every change.</source>
        <translation>Niveaux, descriptions, mode de calcul du score et niveaux de risque sont dans les onglets suivants ; l&apos;aperçu suit chaque modification.</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Score and bands</source>
        <translation>Score et niveaux de risque</translation>
    </message>
    <message>
        <source>Unnamed profile</source>
        <translation>Échelle sans nom</translation>
    </message>
</context>
<context>
    <name>ProjectCommands</name>
    <message>
        <source>Merge a Copy (1 of 2): the common base, the version both copies started from</source>
        <translation>Fusionner une copie (1 sur 2) : la base commune, la version dont les deux copies sont parties</translation>
    </message>
    <message>
        <source>Merge a Copy (2 of 2): the other copy, with their changes</source>
        <translation>Fusionner une copie (2 sur 2) : l&apos;autre copie, avec ses modifications</translation>
    </message>
    <message>
        <source>Merge {name}</source>
        <translation>Fusionner {name}</translation>
    </message>
    <message>
        <source>Cannot merge {name}</source>
        <translation>Impossible de fusionner {name}</translation>
    </message>
    <message>
        <source>Merged {name}: {conflicts} conflict(s), {theirs} decided for theirs. Edit &gt; Undo takes the merge back.</source>
        <translation>{name} fusionné : {conflicts} conflit(s), {theirs} tranché(s) en faveur de la leur. Édition &gt; Annuler défait la fusion.</translation>
    </message>
</context>
<context>
    <name>QuickRiskDialog</name>
    <message>
        <source>Actor – action – outcome, e.g. “An examiner skips the inspection for a payment”</source>
        <translation>Acteur – action – conséquence, p. ex. « Un vérificateur omet la visite contre un paiement »</translation>
    </message>
    <message>
        <source>Add a risk</source>
        <translation>Ajouter un risque</translation>
    </message>
    <message>
        <source>Capture now, describe and score later.</source>
        <translation>Saisir maintenant, décrire et coter plus tard.</translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation>Ajouter le risque</translation>
    </message>
    <message>
        <source>Add and describe…</source>
        <translation>Ajouter et décrire…</translation>
    </message>
    <message>
        <source>Risk statement</source>
        <translation>Énoncé du risque</translation>
    </message>
    <message>
        <source>Stage or flow</source>
        <translation>Étape ou flux</translation>
    </message>
    <message>
        <source>Write the risk statement.</source>
        <translation>Rédigez l&apos;énoncé du risque.</translation>
    </message>
    <message>
        <source>Choose the stage (or the flow).</source>
        <translation>Choisissez l&apos;étape (ou le flux).</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>an unsaved project</source>
        <translation>un projet non enregistré</translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <translation>Restaurer le travail non enregistré</translation>
    </message>
    <message>
        <source>riskmap did not close properly. Restore the unsaved changes to “{name}” (autosaved {when})?</source>
        <translation>riskmap ne s&apos;est pas fermé correctement. Restaurer les modifications non enregistrées de « {name} » (enregistrées automatiquement le {when}) ?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
</context>
<context>
    <name>RegisterFilterBar</name>
    <message>
        <source>Search code, statement, owner, actors</source>
        <translation>Rechercher code, énoncé, responsable, acteurs</translation>
    </message>
    <message>
        <source>Search the risks</source>
        <translation>Rechercher dans les risques</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Key factor</source>
        <translation>Facteur clé</translation>
    </message>
    <message>
        <source>Click to show every risk again</source>
        <translation>Cliquer pour afficher de nouveau tous les risques</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Unscored</source>
        <translation>Non évalué</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Risk register</source>
        <translation>Registre des risques</translation>
    </message>
    <message>
        <source>Add risk…</source>
        <translation>Nouveau risque…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Capture a risk: a statement and a stage</source>
        <translation>Saisir un risque : un énoncé et une étape</translation>
    </message>
    <message>
        <source>Delete the selected risks (undo brings them back)</source>
        <translation>Supprimer les risques sélectionnés (Annuler les rétablit)</translation>
    </message>
    <message>
        <source>Delete risks</source>
        <translation>Supprimer les risques</translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n risque</numerusform>
            <numerusform>%n risques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n risk(s)</source>
        <translation>
            <numerusform>{shown} sur %n risque</numerusform>
            <numerusform>{shown} sur %n risques</numerusform>
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
        <translation>Changer d&apos;échelle de cotation</translation>
    </message>
    <message>
        <source>%1 × %2 levels</source>
        <translation>%1 × %2 niveaux</translation>
    </message>
    <message>
        <source>Switching from &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt; (%3): %4 scores move, %5 of them to another band. Votes are re-mapped the same way.</source>
        <translation>Passage de &lt;b&gt;%1&lt;/b&gt; à &lt;b&gt;%2&lt;/b&gt; (%3) : %4 scores changent, dont %5 de niveau de risque. Les votes sont convertis de la même façon.</translation>
    </message>
    <message>
        <source>Switching from &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt; (%3): no score moves.</source>
        <translation>Passage de &lt;b&gt;%1&lt;/b&gt; à &lt;b&gt;%2&lt;/b&gt; (%3) : aucun score ne change.</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>Changer d&apos;échelle</translation>
    </message>
    <message>
        <source>Show only the scores that change band</source>
        <translation>Afficher seulement les scores qui changent de niveau</translation>
    </message>
    <message>
        <source>The switch is one step: Edit ▸ Undo brings every score back.</source>
        <translation>Le changement est une seule étape : Édition ▸ Annuler rétablit tous les scores.</translation>
    </message>
</context>
<context>
    <name>RiskEditor</name>
    <message>
        <source>Actor – action – outcome: who does what, and what it leads to.</source>
        <translation>Acteur – action – conséquence : qui fait quoi, et à quoi cela mène.</translation>
    </message>
    <message>
        <source>E.g. “A shift supervisor overrides the selectivity channel from red to green, so that undeclared goods leave without examination.”</source>
        <translation>P. ex. « Un chef de brigade fait passer le circuit de sélectivité du rouge au vert, si bien que des marchandises non déclarées sortent sans visite. »</translation>
    </message>
    <message>
        <source>New risk {code}</source>
        <translation>Nouveau risque {code}</translation>
    </message>
    <message>
        <source>Risk {code}</source>
        <translation>Risque {code}</translation>
    </message>
    <message>
        <source>Risk statement</source>
        <translation>Énoncé du risque</translation>
    </message>
    <message>
        <source>Stage or flow</source>
        <translation>Étape ou flux</translation>
    </message>
    <message>
        <source>Understand</source>
        <translation>Comprendre</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Cotation</translation>
    </message>
    <message>
        <source>Controls and evidence</source>
        <translation>Contrôles et preuves</translation>
    </message>
    <message>
        <source>e.g. Declaration officer, Customs broker</source>
        <translation>p. ex. Agent chargé des déclarations, commissionnaire en douane</translation>
    </message>
    <message>
        <source>What it leads to: revenue lost, prohibited goods entering, delays for honest traders…</source>
        <translation>Ce que cela entraîne : recettes perdues, entrée de marchandises prohibées, retards pour les opérateurs honnêtes…</translation>
    </message>
    <message>
        <source>Corruption type</source>
        <translation>Type de corruption</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Enabling factors</source>
        <translation>Facteurs favorisants</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Conséquences</translation>
    </message>
    <message>
        <source>Impact dimensions</source>
        <translation>Dimensions d&apos;impact</translation>
    </message>
    <message>
        <source>Why the group agreed these scores</source>
        <translation>Pourquoi le groupe a retenu ces scores</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Interviews, survey results, audit findings, complaints, cases</source>
        <translation>Entretiens, résultats d&apos;enquêtes, constats d&apos;audit, plaintes, affaires</translation>
    </message>
    <message>
        <source>Existing controls</source>
        <translation>Contrôles existants</translation>
    </message>
    <message>
        <source>Source of evidence</source>
        <translation>Source de preuve</translation>
    </message>
    <message>
        <source>Risk owner</source>
        <translation>Responsable du risque</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Dernière revue</translation>
    </message>
    <message>
        <source>Edit risk {code}</source>
        <translation>Modifier le risque {code}</translation>
    </message>
    <message>
        <source>Write the risk statement: who does what, and what it leads to.</source>
        <translation>Rédigez l&apos;énoncé du risque : qui fait quoi, et à quoi cela mène.</translation>
    </message>
    <message>
        <source>Choose the stage (or the flow) the risk is on.</source>
        <translation>Choisissez l&apos;étape (ou le flux) où se situe le risque.</translation>
    </message>
    <message>
        <source>Cannot add the risk: {reason}</source>
        <translation>Impossible d&apos;ajouter le risque : {reason}</translation>
    </message>
</context>
<context>
    <name>RiskRegisterModel</name>
    <message>
        <source>Change {what} of {code}</source>
        <translation>Modifier {what} de {code}</translation>
    </message>
</context>
<context>
    <name>RiskViews</name>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Registre des risques</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Carte thermique</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Heat map copied as an image</source>
        <translation>Carte thermique copiée en image</translation>
    </message>
    <message>
        <source>Process map copied as an image</source>
        <translation>Carte du processus copiée en image</translation>
    </message>
</context>
<context>
    <name>RoundOverlay</name>
    <message>
        <source>Highest residual score went up since the earlier round</source>
        <translation>Le score résiduel le plus élevé a augmenté depuis le cycle précédent</translation>
    </message>
    <message>
        <source>Highest residual score went down since the earlier round</source>
        <translation>Le score résiduel le plus élevé a baissé depuis le cycle précédent</translation>
    </message>
    <message>
        <source>Moves since {before}: red up, green down</source>
        <translation>Évolution depuis {before} : rouge en hausse, vert en baisse</translation>
    </message>
    <message>
        <source>Moves from {before} to {after}: red up, green down</source>
        <translation>Évolution de {before} à {after} : rouge en hausse, vert en baisse</translation>
    </message>
</context>
<context>
    <name>RoundsDialog</name>
    <message>
        <source>Rounds and comparison</source>
        <translation>Cycles et comparaison</translation>
    </message>
    <message>
        <source>Close round…</source>
        <translation>Clore le cycle…</translation>
    </message>
    <message>
        <source>Copy forward</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Start again from the chosen round: its scores and statuses become the current ones (undoable)</source>
        <translation>Repartir du cycle choisi : ses scores et statuts deviennent les actuels (annulable)</translation>
    </message>
    <message>
        <source>Delete round</source>
        <translation>Supprimer le cycle</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Show on the map and the heat map</source>
        <translation>Afficher sur la carte et la carte thermique</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Closed rounds&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cycles clos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Compare&lt;/b&gt;</source>
        <translation>&lt;b&gt;Comparer&lt;/b&gt;</translation>
    </message>
    <message>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <source>%d risks</source>
        <translation>%d risques</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>État actuel</translation>
    </message>
    <message>
        <source>Make the scores and statuses of “%s” the current ones? Undo brings the present ones back.</source>
        <translation>Faire des scores et statuts de « %s » les actuels ? Annuler rétablit ceux d&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>No round closed yet. Close one at the end of the workshop: the next review compares against it.</source>
        <translation>Aucun cycle clos pour l&apos;instant. Clôturez-en un à la fin de l&apos;atelier : la prochaine revue s&apos;y comparera.</translation>
    </message>
    <message>
        <source>Choose two different rounds to compare.</source>
        <translation>Choisissez deux cycles différents à comparer.</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 new risks, %4 removed, %5 rescored (%6 up, %7 down); %8 measures completed.</source>
        <translation>De %1 à %2 : %3 nouveaux risques, %4 supprimés, %5 recotés (%6 en hausse, %7 en baisse) ; %8 mesures réalisées.</translation>
    </message>
</context>
<context>
    <name>ScoreEditor</name>
    <message>
        <source>Inherent — before any control</source>
        <translation>Inhérent — avant tout contrôle</translation>
    </message>
    <message>
        <source>Residual — with the existing controls</source>
        <translation>Résiduel — avec les contrôles existants</translation>
    </message>
    <message>
        <source>Target — once the planned measures work</source>
        <translation>Cible — une fois les mesures prévues efficaces</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
</context>
<context>
    <name>ScoringEditor</name>
    <message>
        <source>Likelihood × impact</source>
        <translation>Probabilité × impact</translation>
    </message>
    <message>
        <source>Likelihood + impact</source>
        <translation>Probabilité + impact</translation>
    </message>
    <message>
        <source>Lookup table (cell by cell)</source>
        <translation>Table de correspondance (case par case)</translation>
    </message>
    <message>
        <source>Score of each cell (likelihood rows, impact columns)</source>
        <translation>Score de chaque case (probabilité en lignes, impact en colonnes)</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <source>From score</source>
        <translation>À partir du score</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Add band</source>
        <translation>Ajouter un niveau de risque</translation>
    </message>
    <message>
        <source>Remove band</source>
        <translation>Retirer le niveau de risque</translation>
    </message>
    <message>
        <source>Bands (lowest first)</source>
        <translation>Niveaux de risque (le plus bas en premier)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Band %d</source>
        <translation>Niveau de risque %d</translation>
    </message>
    <message>
        <source>New band</source>
        <translation>Nouveau niveau de risque</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>As the computer ({language})</source>
        <translation>Comme l&apos;ordinateur ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language of menus, panels and dialogs:</source>
        <translation>Langue des menus, panneaux et boîtes de dialogue :</translation>
    </message>
    <message>
        <source>The window changes language at once; nothing is lost. Exports choose their own language.</source>
        <translation>La fenêtre change de langue aussitôt ; rien n&apos;est perdu. Les exports choisissent leur propre langue.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Piste d&apos;audit</translation>
    </message>
    <message>
        <source>Your name for the audit trail:</source>
        <translation>Votre nom pour la piste d&apos;audit :</translation>
    </message>
    <message>
        <source>Each save records what changed, with this name. Left empty, your login name is used.</source>
        <translation>Chaque enregistrement note ce qui a changé, avec ce nom. S&apos;il reste vide, votre nom de connexion est utilisé.</translation>
    </message>
    <message>
        <source>Keep a backup of the previous version (FILE.riskmap.bak)</source>
        <translation>Garder une sauvegarde de la version précédente (FICHIER.riskmap.bak)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Autosave unsaved work every:</source>
        <translation>Enregistrer automatiquement le travail toutes les :</translation>
    </message>
    <message>
        <source>Autosave writes a recovery file, offered back after a crash; it never changes your project file. An encrypted project&apos;s recovery file is encrypted too.</source>
        <translation>L&apos;enregistrement automatique écrit un fichier de récupération, proposé après un plantage ; il ne modifie jamais votre fichier de projet. Le fichier de récupération d&apos;un projet chiffré est chiffré lui aussi.</translation>
    </message>
</context>
<context>
    <name>SpreadPanel</name>
    <message>
        <source>&lt;b&gt;Likelihood&lt;/b&gt;</source>
        <translation>&lt;b&gt;Probabilité&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Impact&lt;/b&gt;</source>
        <translation>&lt;b&gt;Impact&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 of %2 participants have voted.</source>
        <translation>%1 participants sur %2 ont voté.</translation>
    </message>
    <message>
        <source>No votes yet. Each participant scores alone first.</source>
        <translation>Aucun vote pour l&apos;instant. Chaque participant cote d&apos;abord seul.</translation>
    </message>
    <message>
        <source>likelihood (%d levels apart)</source>
        <translation>la probabilité (%d niveaux d&apos;écart)</translation>
    </message>
    <message>
        <source>impact (%d levels apart)</source>
        <translation>l&apos;impact (%d niveaux d&apos;écart)</translation>
    </message>
    <message>
        <source>⚠ Votes diverge on %s. Hear the lowest and the highest voters before agreeing.</source>
        <translation>⚠ Les votes divergent sur %s. Écoutez les votants les plus bas et les plus hauts avant de conclure.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>✓ Votes agree within one level: the median is a fair proposal.</source>
        <translation>✓ Les votes concordent à un niveau près : la médiane est une proposition juste.</translation>
    </message>
    <message>
        <source>min %1 · &lt;b&gt;median %2&lt;/b&gt; · max %3</source>
        <translation>min %1 · &lt;b&gt;médiane %2&lt;/b&gt; · max %3</translation>
    </message>
</context>
<context>
    <name>StageItem</name>
    <message>
        <source>unscored</source>
        <translation>non coté</translation>
    </message>
</context>
<context>
    <name>StageLibraryModel</name>
    <message>
        <source>Drag onto the map to add this stage.</source>
        <translation>Faire glisser sur la carte pour ajouter cette étape.</translation>
    </message>
</context>
<context>
    <name>StagePalette</name>
    <message>
        <source>Filter stages</source>
        <translation>Filtrer les étapes</translation>
    </message>
    <message>
        <source>Filter the stage library</source>
        <translation>Filtrer la bibliothèque des étapes</translation>
    </message>
    <message>
        <source>Stage library</source>
        <translation>Étapes types</translation>
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
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n flux</numerusform>
            <numerusform>%n flux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n risque</numerusform>
            <numerusform>%n risques</numerusform>
        </translation>
    </message>
    <message>
        <source>Colour: Inherent risk</source>
        <translation>Couleur : risque inhérent</translation>
    </message>
    <message>
        <source>Colour: Residual risk</source>
        <translation>Couleur : risque résiduel</translation>
    </message>
    <message>
        <source>Colour: Target risk</source>
        <translation>Couleur : risque cible</translation>
    </message>
</context>
<context>
    <name>StatusChangesModel</name>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <source>Suggestions from the library</source>
        <translation>Suggestions de la bibliothèque</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Risks for a stage</source>
        <translation>Risques pour une étape</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Measures for a risk</source>
        <translation>Mesures pour un risque</translation>
    </message>
    <message>
        <source>My library</source>
        <translation>Ma bibliothèque</translation>
    </message>
    <message>
        <source>Add the chosen risk to my library</source>
        <translation>Ajouter le risque choisi à ma bibliothèque</translation>
    </message>
    <message>
        <source>Add a measure of this risk to my library…</source>
        <translation>Ajouter une mesure de ce risque à ma bibliothèque…</translation>
    </message>
    <message>
        <source>Import a shared library file…</source>
        <translation>Importer un fichier de bibliothèque partagé…</translation>
    </message>
    <message>
        <source>Export my library to share…</source>
        <translation>Exporter ma bibliothèque pour la partager…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Your library could not be read</source>
        <translation>Votre bibliothèque n&apos;a pas pu être lue</translation>
    </message>
    <message>
        <source>Only the built-in library is used. %s</source>
        <translation>Seule la bibliothèque fournie est utilisée. %s</translation>
    </message>
    <message>
        <source>Nothing to suggest: the library has no other typical risk for this stage (set its enabling-factor flags or its library stage to widen the search).</source>
        <translation>Rien à suggérer : la bibliothèque n&apos;a pas d&apos;autre risque type pour cette étape (indiquez ses facteurs favorisants ou son étape de bibliothèque pour élargir la recherche).</translation>
    </message>
    <message>
        <source>Typical of this stage</source>
        <translation>Typique de cette étape</translation>
    </message>
    <message>
        <source>Shares this stage&apos;s enabling factors: %s</source>
        <translation>Partage les facteurs favorisants de cette étape : %s</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Added %1 on %2.</source>
        <translation>%1 ajouté sur %2.</translation>
    </message>
    <message>
        <source>Nothing to suggest for this risk yet: give it a corruption type and its enabling factors.</source>
        <translation>Rien à suggérer pour ce risque pour l&apos;instant : indiquez son type de corruption et ses facteurs favorisants.</translation>
    </message>
    <message>
        <source>Key factors: %s</source>
        <translation>Facteurs clés : %s</translation>
    </message>
    <message>
        <source>Indicator: %s</source>
        <translation>Indicateur : %s</translation>
    </message>
    <message>
        <source>Suggested for this risk</source>
        <translation>Suggérée pour ce risque</translation>
    </message>
    <message>
        <source>Used against similar risks</source>
        <translation>Utilisée contre des risques semblables</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <source>%1 now addresses %2.</source>
        <translation>%1 traite désormais %2.</translation>
    </message>
    <message>
        <source>The chosen risk has no measure yet.</source>
        <translation>Le risque choisi n&apos;a pas encore de mesure.</translation>
    </message>
    <message>
        <source>Cannot add to your library</source>
        <translation>Impossible d&apos;ajouter à votre bibliothèque</translation>
    </message>
    <message>
        <source>Added to your library (%s).</source>
        <translation>Ajouté à votre bibliothèque (%s).</translation>
    </message>
    <message>
        <source>Import a library file</source>
        <translation>Importer un fichier de bibliothèque</translation>
    </message>
    <message>
        <source>Your library has no entries yet.</source>
        <translation>Votre bibliothèque est encore vide.</translation>
    </message>
    <message>
        <source>Export my library</source>
        <translation>Exporter ma bibliothèque</translation>
    </message>
    <message>
        <source>Your library was exported to %s.</source>
        <translation>Votre bibliothèque a été exportée vers %s.</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>not scored</source>
        <translation>non coté</translation>
    </message>
</context>
<context>
    <name>UndoText</name>
    <message>
        <source>Add process {name}</source>
        <translation>Ajouter le processus {name}</translation>
    </message>
    <message>
        <source>Add stage {name}</source>
        <translation>Ajouter l&apos;étape {name}</translation>
    </message>
    <message>
        <source>Add flow {name}</source>
        <translation>Ajouter le flux {name}</translation>
    </message>
    <message>
        <source>Add risk {name}</source>
        <translation>Ajouter le risque {name}</translation>
    </message>
    <message>
        <source>Add measure {name}</source>
        <translation>Ajouter la mesure {name}</translation>
    </message>
    <message>
        <source>Add round {name}</source>
        <translation>Ajouter le cycle {name}</translation>
    </message>
    <message>
        <source>Add {n} processes</source>
        <translation>Ajouter {n} processus</translation>
    </message>
    <message>
        <source>Add {n} stages</source>
        <translation>Ajouter {n} étapes</translation>
    </message>
    <message>
        <source>Add {n} flows</source>
        <translation>Ajouter {n} flux</translation>
    </message>
    <message>
        <source>Add {n} risks</source>
        <translation>Ajouter {n} risques</translation>
    </message>
    <message>
        <source>Add {n} measures</source>
        <translation>Ajouter {n} mesures</translation>
    </message>
    <message>
        <source>Add {n} rounds</source>
        <translation>Ajouter {n} cycles</translation>
    </message>
    <message>
        <source>Delete process {name}</source>
        <translation>Supprimer le processus {name}</translation>
    </message>
    <message>
        <source>Delete stage {name}</source>
        <translation>Supprimer l&apos;étape {name}</translation>
    </message>
    <message>
        <source>Delete flow {name}</source>
        <translation>Supprimer le flux {name}</translation>
    </message>
    <message>
        <source>Delete risk {name}</source>
        <translation>Supprimer le risque {name}</translation>
    </message>
    <message>
        <source>Delete measure {name}</source>
        <translation>Supprimer la mesure {name}</translation>
    </message>
    <message>
        <source>Delete round {name}</source>
        <translation>Supprimer le cycle {name}</translation>
    </message>
    <message>
        <source>Delete {n} processes</source>
        <translation>Supprimer {n} processus</translation>
    </message>
    <message>
        <source>Delete {n} stages</source>
        <translation>Supprimer {n} étapes</translation>
    </message>
    <message>
        <source>Delete {n} flows</source>
        <translation>Supprimer {n} flux</translation>
    </message>
    <message>
        <source>Delete {n} risks</source>
        <translation>Supprimer {n} risques</translation>
    </message>
    <message>
        <source>Delete {n} measures</source>
        <translation>Supprimer {n} mesures</translation>
    </message>
    <message>
        <source>Delete {n} rounds</source>
        <translation>Supprimer {n} cycles</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Change {fields} of {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>Move stage {name}</source>
        <translation>Déplacer l&apos;étape {name}</translation>
    </message>
    <message>
        <source>Move {n} stages</source>
        <translation>Déplacer {n} étapes</translation>
    </message>
    <message>
        <source>Switch scale profile to {name}</source>
        <translation>Passer à l&apos;échelle de cotation {name}</translation>
    </message>
    <message>
        <source>Link risks to {code}</source>
        <translation>Lier des risques à {code}</translation>
    </message>
    <message>
        <source>Replace the project content</source>
        <translation>Remplacer le contenu du projet</translation>
    </message>
    <message>
        <source>Record {n} votes on {code}</source>
        <translation>Enregistrer {n} votes sur {code}</translation>
    </message>
    <message>
        <source>Agree inherent score of {code}</source>
        <translation>Retenir le score inhérent de {code}</translation>
    </message>
    <message>
        <source>Agree residual score of {code}</source>
        <translation>Retenir le score résiduel de {code}</translation>
    </message>
    <message>
        <source>Agree target score of {code}</source>
        <translation>Retenir le score cible de {code}</translation>
    </message>
    <message>
        <source>Score {code} inherent</source>
        <translation>Coter {code} (inhérent)</translation>
    </message>
    <message>
        <source>Score {code} residual</source>
        <translation>Coter {code} (résiduel)</translation>
    </message>
    <message>
        <source>Score {code} target</source>
        <translation>Coter {code} (cible)</translation>
    </message>
    <message>
        <source>Edit participants</source>
        <translation>Modifier les participants</translation>
    </message>
    <message>
        <source>Close round {name}</source>
        <translation>Clore le cycle {name}</translation>
    </message>
    <message>
        <source>Copy round {name} forward</source>
        <translation>Reprendre le cycle {name}</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Importer {name}</translation>
    </message>
</context>
<context>
    <name>ValueCombo</name>
    <message>
        <source>Show only risks of this {name}</source>
        <translation>Filtrer par : {name}</translation>
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
        <translation>Participant</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Likelihood vote of %s</source>
        <translation>Vote de probabilité de %s</translation>
    </message>
    <message>
        <source>Impact vote of %s</source>
        <translation>Vote d&apos;impact de %s</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Corruption risk mapping for Customs administrations (WCO method)</source>
        <translation>Cartographie des risques de corruption pour les administrations des douanes (méthode de l&apos;OMD)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>New blank project</source>
        <translation>Nouveau projet vierge</translation>
    </message>
    <message>
        <source>New from the stage library template…</source>
        <translation>Nouveau à partir du modèle de la bibliothèque des étapes…</translation>
    </message>
    <message>
        <source>Open a project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Open a copy of the example</source>
        <translation>Ouvrir une copie de l&apos;exemple</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <source>Projects you open or save appear here.</source>
        <translation>Les projets que vous ouvrez ou enregistrez apparaissent ici.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>editing</name>
    <message>
        <source>Cannot change the project</source>
        <translation>Impossible de modifier le projet</translation>
    </message>
</context>
<context>
    <name>start</name>
    <message>
        <source>New from template</source>
        <translation>Nouveau à partir d&apos;un modèle</translation>
    </message>
    <message>
        <source>Process template of the stage library:</source>
        <translation>Modèle de processus de la bibliothèque des étapes :</translation>
    </message>
    <message>
        <source>Wrong password: the recovery file has the password the project had when it was autosaved. Try again.</source>
        <translation>Mot de passe erroné : le fichier de récupération a le mot de passe qu&apos;avait le projet lors de l&apos;enregistrement automatique. Réessayez.</translation>
    </message>
    <message>
        <source>Cannot restore the unsaved work</source>
        <translation>Impossible de restaurer le travail non enregistré</translation>
    </message>
</context>
</TS>
