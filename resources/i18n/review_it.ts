<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AudioResultView</name>
    <message>
        <location filename="../../annotator/ui/review/result_views.py" line="237"/>
        <source>Struck out on red: words the answer key has and this one lacks; on green: words added.</source>
        <translation>Barrate su rosso: parole presenti nella chiave delle risposte e assenti in questa; su verde: parole aggiunte.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/result_views.py" line="238"/>
        <source>Struck out on red: words the first annotator has and this one lacks; on green: words added.</source>
        <translation>Barrate su rosso: parole presenti nel primo annotatore e assenti in questo; su verde: parole aggiunte.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/result_views.py" line="288"/>
        <source>(no transcript)</source>
        <translation>(nessuna trascrizione)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/result_views.py" line="297"/>
        <source>({count} word differ from {first})</source>
        <translation>({count} parola diversa da {first})</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/result_views.py" line="299"/>
        <source>({count} words differ from {first})</source>
        <translation>({count} parole diverse da {first})</translation>
    </message>
</context>
<context>
    <name>DecisionCommand</name>
    <message>
        <location filename="../../annotator/ui/review/review_undo.py" line="16"/>
        <source>Accept {item} by {annotator}</source>
        <translation>Accetta {item} di {annotator}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_undo.py" line="17"/>
        <source>Reject {item} by {annotator}</source>
        <translation>Rifiuta {item} di {annotator}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_undo.py" line="18"/>
        <source>Fix {item} by {annotator}</source>
        <translation>Correggi {item} di {annotator}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_undo.py" line="34"/>
        <source>Clear decision on {item} by {annotator}</source>
        <translation>Annulla la decisione su {item} di {annotator}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_undo.py" line="36"/>
        <source>Decide {item} by {annotator}</source>
        <translation>Decidi su {item} di {annotator}</translation>
    </message>
</context>
<context>
    <name>EvaluationResultView</name>
    <message>
        <location filename="../../annotator/ui/review/result_views.py" line="320"/>
        <source>Annotator</source>
        <translation>Annotatore</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/result_views.py" line="321"/>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/result_views.py" line="322"/>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../../annotator/ui/review/feedback.py" line="32"/>
        <source>the reviewer</source>
        <translation>il revisore</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/feedback.py" line="35"/>
        <source>↻ Reopened by {who}: {reason}</source>
        <translation>↻ Riaperto da {who}: {reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/feedback.py" line="37"/>
        <source>✎ {who} fixed this item: {reason}</source>
        <translation>✎ {who} ha corretto questo elemento: {reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/feedback.py" line="38"/>
        <source>✎ {who} fixed this item (their fix counts in the merge)</source>
        <translation>✎ {who} ha corretto questo elemento (la correzione conta nell&apos;unione)</translation>
    </message>
</context>
<context>
    <name>FiguresDialog</name>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="43"/>
        <source>Annotator</source>
        <translation>Annotatore</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="44"/>
        <source>Done</source>
        <translation>Fatti</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="45"/>
        <source>Skipped</source>
        <translation>Saltati</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="46"/>
        <source>Flagged</source>
        <translation>Segnalati</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="47"/>
        <source>To do</source>
        <translation>Da fare</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="48"/>
        <source>Active time</source>
        <translation>Tempo attivo</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="49"/>
        <source>Median time/item</source>
        <translation>Tempo mediano/elemento</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="50"/>
        <source>Gold accuracy</source>
        <translation>Accuratezza gold</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="51"/>
        <source>Gold items</source>
        <translation>Elementi gold</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="55"/>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="61"/>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="66"/>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="73"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="56"/>
        <source>Items compared</source>
        <translation>Elementi confrontati</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="57"/>
        <source>Fleiss&apos; κ</source>
        <translation>κ di Fleiss</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="58"/>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="63"/>
        <source>Krippendorff&apos;s α</source>
        <translation>α di Krippendorff</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="62"/>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="67"/>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="74"/>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="237"/>
        <source>Annotators</source>
        <translation>Annotatori</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="68"/>
        <source>Items both did</source>
        <translation>Elementi fatti da entrambi</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="69"/>
        <source>Cohen&apos;s κ</source>
        <translation>κ di Cohen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="72"/>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="75"/>
        <source>Agreement</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="76"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="85"/>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="220"/>
        <source>Quality figures: {title}</source>
        <translation>Indicatori di qualità: {title}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="224"/>
        <source>Computing the figures of the bundles…</source>
        <translation>Calcolo degli indicatori dei bundle…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="231"/>
        <source>n/a unless every item compared has as many annotators</source>
        <translation>n/d se gli elementi confrontati non hanno tutti lo stesso numero di annotatori</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="238"/>
        <source>Items to review</source>
        <translation>Elementi da rivedere</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="241"/>
        <source>&amp;Annotators</source>
        <translation>&amp;Annotatori</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="245"/>
        <source>Overall, per item kind</source>
        <translation>Complessivo, per tipo di elemento</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="246"/>
        <source>Per label</source>
        <translation>Per etichetta</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="247"/>
        <source>Per pair of annotators</source>
        <translation>Per coppia di annotatori</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="251"/>
        <source>A&amp;greement</source>
        <translation>A&amp;ccordo</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="252"/>
        <source>Items to &amp;review</source>
        <translation>Elementi da &amp;rivedere</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="253"/>
        <source>&amp;Save HTML report…</source>
        <translation>&amp;Salva rapporto HTML…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="258"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="293"/>
        <source>{annotators} annotator on {items} items, {review} to review.</source>
        <translation>{annotators} annotatore su {items} elementi, {review} da rivedere.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="295"/>
        <source>{annotators} annotators on {items} items, {review} to review.</source>
        <translation>{annotators} annotatori su {items} elementi, {review} da rivedere.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="299"/>
        <source>{annotators} annotator on {items} items, {review} to review; no labels to compare for agreement.</source>
        <translation>{annotators} annotatore su {items} elementi, {review} da rivedere; nessuna etichetta da confrontare per l&apos;accordo.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="303"/>
        <source>{annotators} annotators on {items} items, {review} to review; no labels to compare for agreement.</source>
        <translation>{annotators} annotatori su {items} elementi, {review} da rivedere; nessuna etichetta da confrontare per l&apos;accordo.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="316"/>
        <source>The figures cannot be computed: {problems}</source>
        <translation>Impossibile calcolare gli indicatori: {problems}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="329"/>
        <source>Save the quality report</source>
        <translation>Salva il rapporto di qualità</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="332"/>
        <source>HTML page (*.html)</source>
        <translation>Pagina HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="332"/>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="347"/>
        <source>Writing {path}…</source>
        <translation>Scrittura di {path}…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="351"/>
        <source>Saved the report to {page}, with {annotators} and {items} beside it.</source>
        <translation>Rapporto salvato in {page}, con {annotators} e {items} accanto.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="358"/>
        <source>The report was not saved: {problems}</source>
        <translation>Il rapporto non è stato salvato: {problems}</translation>
    </message>
</context>
<context>
    <name>FixChoice</name>
    <message>
        <location filename="../../annotator/ui/review/fix_choice.py" line="62"/>
        <source>Fix {item} ({annotator}): press {options} for the fixed label, then Enter (Esc cancels)</source>
        <translation>Correggi {item} ({annotator}): premi {options} per l&apos;etichetta corretta, poi Invio (Esc annulla)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/fix_choice.py" line="66"/>
        <source>Fix {item} ({annotator}): press {options} for whose result becomes the fix, then Enter (Esc cancels)</source>
        <translation>Correggi {item} ({annotator}): premi {options} per il risultato che diventa la correzione, poi Invio (Esc annulla)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/fix_choice.py" line="73"/>
        <source>no label</source>
        <translation>nessuna etichetta</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/fix_choice.py" line="74"/>
        <source>chosen: {chosen}</source>
        <translation>scelta: {chosen}</translation>
    </message>
</context>
<context>
    <name>FixEditorDialog</name>
    <message>
        <location filename="../../annotator/ui/review/fix_editor.py" line="60"/>
        <source>Fix {item} ({annotator}&apos;s result) — annotator</source>
        <translation>Correggi {item} (risultato di {annotator}) — annotator</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/fix_editor.py" line="88"/>
        <source>Editing {annotator}&apos;s result with the editor&apos;s usual keys · Ctrl+Return use as fix · Ctrl+Z undo · Esc cancel (nothing is decided)</source>
        <translation>Modifica del risultato di {annotator} con i soliti tasti dell&apos;editor · Ctrl+Invio usa come correzione · Ctrl+Z annulla · Esc annulla (nulla viene deciso)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/fix_editor.py" line="94"/>
        <source>Use as fix (Ctrl+Return)</source>
        <translation>Usa come correzione (Ctrl+Invio)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/fix_editor.py" line="96"/>
        <source>Cancel (Esc)</source>
        <translation>Annulla (Esc)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/fix_editor.py" line="119"/>
        <source>Use as fix</source>
        <translation>Usa come correzione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/fix_editor.py" line="143"/>
        <source>⚠ The change was not kept: {error}</source>
        <translation>⚠ La modifica non è stata mantenuta: {error}</translation>
    </message>
</context>
<context>
    <name>ImageResultView</name>
    <message>
        <location filename="../../annotator/ui/review/image_overlay.py" line="32"/>
        <source>answer key</source>
        <translation>chiave delle risposte</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/image_overlay.py" line="46"/>
        <source>■ {who} · {count} box</source>
        <translation>■ {who} · {count} riquadro</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/image_overlay.py" line="48"/>
        <source>■ {who} · {count} boxes</source>
        <translation>■ {who} · {count} riquadri</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/image_overlay.py" line="209"/>
        <source>unknown error</source>
        <translation>errore sconosciuto</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/image_overlay.py" line="210"/>
        <source>⚠ This image cannot be shown: {error}</source>
        <translation>⚠ Impossibile mostrare questa immagine: {error}</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../../annotator/ui/review/keys_dialog.py" line="26"/>
        <source>Review keys</source>
        <translation>Tasti della revisione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/keys_dialog.py" line="29"/>
        <source>Review keys and what they do</source>
        <translation>I tasti della revisione e cosa fanno</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/keys_dialog.py" line="31"/>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/keys_dialog.py" line="31"/>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/keys_dialog.py" line="31"/>
        <source>What it does</source>
        <translation>Cosa fa</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../annotator/ui/review/reason_dialog.py" line="15"/>
        <source>wrong label</source>
        <translation>etichetta errata</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/reason_dialog.py" line="16"/>
        <source>box too loose</source>
        <translation>riquadro troppo largo</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/reason_dialog.py" line="17"/>
        <source>missed object</source>
        <translation>oggetto mancante</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/reason_dialog.py" line="18"/>
        <source>transcript error</source>
        <translation>errore di trascrizione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/reason_dialog.py" line="19"/>
        <source>guideline not followed</source>
        <translation>linee guida non seguite</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/reason_dialog.py" line="23"/>
        <source>1 wrong label</source>
        <translation>1 etichetta errata</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/reason_dialog.py" line="24"/>
        <source>2 box too loose</source>
        <translation>2 riquadro troppo largo</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/reason_dialog.py" line="25"/>
        <source>3 missed object</source>
        <translation>3 oggetto mancante</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/reason_dialog.py" line="26"/>
        <source>4 transcript error</source>
        <translation>4 errore di trascrizione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/reason_dialog.py" line="27"/>
        <source>5 guideline not followed</source>
        <translation>5 linee guida non seguite</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/reason_dialog.py" line="29"/>
        <source>Choose a reason (1–5) or type one: the annotator needs to know what to fix.</source>
        <translation>Scegli un motivo (1–5) o scrivilo: l&apos;annotatore deve sapere cosa correggere.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/reason_dialog.py" line="56"/>
        <source>Reason for rejecting</source>
        <translation>Motivo del rifiuto</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/reason_dialog.py" line="58"/>
        <source>Why is {subject} rejected? The annotator reads this.</source>
        <translation>Perché {subject} viene rifiutato? L&apos;annotatore leggerà il motivo.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/reason_dialog.py" line="80"/>
        <source>More words for the annotator (optional with a chip)</source>
        <translation>Altre parole per l&apos;annotatore (facoltative con un motivo scelto)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/reason_dialog.py" line="81"/>
        <source>Words for the annotator</source>
        <translation>Parole per l&apos;annotatore</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/reason_dialog.py" line="85"/>
        <source>1–5 pick reasons, type to add words · Enter confirms · Esc cancels</source>
        <translation>1–5 scelgono i motivi, scrivi per aggiungere parole · Invio conferma · Esc annulla</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/reason_dialog.py" line="128"/>
        <source>The annotator reads: “{reason}”</source>
        <translation>L&apos;annotatore leggerà: «{reason}»</translation>
    </message>
</context>
<context>
    <name>ResultViews</name>
    <message>
        <location filename="../../annotator/ui/review/result_views.py" line="356"/>
        <source>Nothing to review yet.</source>
        <translation>Ancora niente da rivedere.</translation>
    </message>
</context>
<context>
    <name>ReviewFixFlow</name>
    <message>
        <location filename="../../annotator/ui/review/review_fix_flow.py" line="31"/>
        <source>This package&apos;s schema has no label to fix with.</source>
        <translation>Lo schema di questo pacchetto non ha etichette con cui correggere.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_fix_flow.py" line="45"/>
        <source>A gold item is fixed with F: its media are not in this package.</source>
        <translation>Un elemento gold si corregge con F: i suoi media non sono in questo pacchetto.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_fix_flow.py" line="53"/>
        <source>The editor for the fix cannot be opened:

{error}</source>
        <translation>Impossibile aprire l&apos;editor per la correzione:

{error}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_fix_flow.py" line="54"/>
        <source>Cannot open the editor</source>
        <translation>Impossibile aprire l&apos;editor</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_fix_flow.py" line="77"/>
        <source>There is no option {number}.</source>
        <translation>Non c&apos;è l&apos;opzione {number}.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_fix_flow.py" line="88"/>
        <source>Press a digit first.</source>
        <translation>Premi prima una cifra.</translation>
    </message>
</context>
<context>
    <name>ReviewImport</name>
    <message>
        <location filename="../../annotator/ui/review/feedback.py" line="83"/>
        <source>Import review</source>
        <translation>Importa la revisione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/feedback.py" line="85"/>
        <source>Review bundles (*.review.json)</source>
        <translation>Bundle di revisione (*.review.json)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/feedback.py" line="85"/>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/feedback.py" line="120"/>
        <source>This review by {reviewer} was imported before: nothing new is reopened.</source>
        <translation>Questa revisione di {reviewer} era già stata importata: non viene riaperto nulla di nuovo.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/feedback.py" line="124"/>
        <source>{count} item reopened: {items}</source>
        <translation>{count} elemento riaperto: {items}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/feedback.py" line="126"/>
        <source>{count} items reopened: {items}</source>
        <translation>{count} elementi riaperti: {items}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/feedback.py" line="128"/>
        <source>{count} items reopened</source>
        <translation>{count} elementi riaperti</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/feedback.py" line="131"/>
        <source>{count} fixed by {reviewer}: {items}</source>
        <translation>{count} corretti da {reviewer}: {items}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/feedback.py" line="136"/>
        <source>{count} accepted</source>
        <translation>{count} accettati</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/feedback.py" line="144"/>
        <source>The review was not imported; nothing changed.

{problems}</source>
        <translation>La revisione non è stata importata; non è cambiato nulla.

{problems}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/feedback.py" line="145"/>
        <source>Cannot import review</source>
        <translation>Impossibile importare la revisione</translation>
    </message>
</context>
<context>
    <name>ReviewQueueModel</name>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="35"/>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="36"/>
        <source>Annotator</source>
        <translation>Annotatore</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="37"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="38"/>
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="40"/>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="44"/>
        <source>accepted</source>
        <translation>accettato</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="45"/>
        <source>rejected</source>
        <translation>rifiutato</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="46"/>
        <source>fixed</source>
        <translation>corretto</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="76"/>
        <source>gold item, not scored: {status}</source>
        <translation>elemento gold, senza punteggio: {status}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="84"/>
        <source>gold item failed: accuracy {accuracy}{figures}, below {threshold} fails</source>
        <translation>elemento gold non superato: accuratezza {accuracy}{figures}, sotto {threshold} non è superato</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="86"/>
        <source>gold item passed: accuracy {accuracy}{figures}, below {threshold} fails</source>
        <translation>elemento gold superato: accuratezza {accuracy}{figures}, sotto {threshold} non è superato</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="147"/>
        <source>≠: the annotators of this item disagree</source>
        <translation>≠: gli annotatori di questo elemento non concordano</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="149"/>
        <source>Gold: the result&apos;s accuracy against the answer key (✗ below its kind&apos;s threshold)</source>
        <translation>Gold: l&apos;accuratezza del risultato rispetto alla chiave delle risposte (✗ sotto la soglia del suo tipo)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="174"/>
        <source>The annotators of this item disagree</source>
        <translation>Gli annotatori di questo elemento non concordano</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="205"/>
        <source>All results</source>
        <translation>Tutti i risultati</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="206"/>
        <source>Undecided</source>
        <translation>Da decidere</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="207"/>
        <source>Rejected</source>
        <translation>Rifiutati</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="208"/>
        <source>Disagreements</source>
        <translation>Disaccordi</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="211"/>
        <source>Gold failures</source>
        <translation>Gold non superati</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="212"/>
        <source>By annotator: {name}</source>
        <translation>Per annotatore: {name}</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="62"/>
        <source>Review — annotator</source>
        <translation>Revisione — annotator</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="90"/>
        <source>Results to review</source>
        <translation>Risultati da rivedere</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="102"/>
        <source>Show results</source>
        <translation>Mostra i risultati</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="109"/>
        <source>Reading the package and bundles…</source>
        <translation>Lettura del pacchetto e dei bundle…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="128"/>
        <source>J/K next/previous · A accept · R reject · F fix · E fix in the editor · Ctrl+Z undo · Ctrl+S write · Ctrl+I figures · F1 keys</source>
        <translation>J/K successivo/precedente · A accetta · R rifiuta · F correggi · E correggi nell&apos;editor · Ctrl+Z annulla · Ctrl+S scrivi · Ctrl+I indicatori · F1 tasti</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="155"/>
        <source>Fix cancelled; the result is as it was.</source>
        <translation>Correzione annullata; il risultato è rimasto com&apos;era.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="196"/>
        <source>Reading {package} and {count} bundle…</source>
        <translation>Lettura di {package} e di {count} bundle…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="198"/>
        <source>Reading {package} and {count} bundles…</source>
        <translation>Lettura di {package} e di {count} bundle…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="213"/>
        <source>Review: {title} — annotator</source>
        <translation>Revisione: {title} — annotator</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="229"/>
        <source>Resumed: {count} decision already taken, kept in {folder}.</source>
        <translation>Ripresa: {count} decisione già presa, salvata in {folder}.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="231"/>
        <source>Resumed: {count} decisions already taken, kept in {folder}.</source>
        <translation>Ripresa: {count} decisioni già prese, salvate in {folder}.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="237"/>
        <source>No team package in the answer key&apos;s team folder holds the media of gold item {items}: its results are shown without it.</source>
        <translation>Nessun pacchetto del team nella cartella del team della chiave delle risposte contiene i media dell&apos;elemento gold {items}: i suoi risultati sono mostrati senza.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="245"/>
        <source>These bundles hold no finished result to review.</source>
        <translation>Questi bundle non contengono risultati finiti da rivedere.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="246"/>
        <source>No result to review: every item of these bundles is still to do.</source>
        <translation>Nessun risultato da rivedere: tutti gli elementi di questi bundle sono ancora da fare.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="252"/>
        <source>The review could not be opened.</source>
        <translation>Non è stato possibile aprire la revisione.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="254"/>
        <source>Cannot open the review</source>
        <translation>Impossibile aprire la revisione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="254"/>
        <source>The review cannot be opened:</source>
        <translation>La revisione non può essere aperta:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="279"/>
        <source>Fix cancelled: another result is on screen.</source>
        <translation>Correzione annullata: ora è mostrato un altro risultato.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="314"/>
        <source>The list “{name}” is empty.</source>
        <translation>L&apos;elenco «{name}» è vuoto.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="319"/>
        <source>That is the end of the list.</source>
        <translation>Questa è la fine dell&apos;elenco.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="348"/>
        <source>No result in the list “{name}”.</source>
        <translation>Nessun risultato nell&apos;elenco «{name}».</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="374"/>
        <source>{annotator}&apos;s result for {item}</source>
        <translation>il risultato di {annotator} per {item}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="403"/>
        <source>Every result is decided — Ctrl+S writes the review bundles.</source>
        <translation>Tutti i risultati sono decisi — Ctrl+S scrive i bundle di revisione.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="405"/>
        <source>Every result in the list “{name}” is decided — choose another list (Ctrl+L).</source>
        <translation>Tutti i risultati dell&apos;elenco «{name}» sono decisi — scegli un altro elenco (Ctrl+L).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="417"/>
        <source>Could not undo the decision on {annotator}&apos;s result for &apos;{item}&apos;:

{error}

The queue shows what is saved; the decision stays as it was saved. Earlier decisions are safe.</source>
        <translation>Impossibile annullare la decisione sul risultato di {annotator} per &apos;{item}&apos;:

{error}

La coda mostra ciò che è salvato; la decisione resta come era stata salvata. Le decisioni precedenti sono al sicuro.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="422"/>
        <source>Could not save the decision on {annotator}&apos;s result for &apos;{item}&apos;:

{error}

The queue shows what is saved; it is not taken. Earlier decisions are safe.</source>
        <translation>Impossibile salvare la decisione sul risultato di {annotator} per &apos;{item}&apos;:

{error}

La coda mostra ciò che è salvato; la decisione non è presa. Le decisioni precedenti sono al sicuro.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="426"/>
        <source>Decision not saved</source>
        <translation>Decisione non salvata</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="456"/>
        <source>No decision yet: there is nothing to write.</source>
        <translation>Ancora nessuna decisione: non c&apos;è niente da scrivere.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="465"/>
        <source>{count} review bundle written to {folder}: {names}</source>
        <translation>{count} bundle di revisione scritto in {folder}: {names}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="467"/>
        <source>{count} review bundles written to {folder}: {names}</source>
        <translation>{count} bundle di revisione scritti in {folder}: {names}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="474"/>
        <source>The review bundles were not written:

{error}</source>
        <translation>I bundle di revisione non sono stati scritti:

{error}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="475"/>
        <source>Review bundles not written</source>
        <translation>Bundle di revisione non scritti</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="485"/>
        <source>undecided</source>
        <translation>da decidere</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="489"/>
        <source>the annotators disagree</source>
        <translation>gli annotatori non concordano</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="495"/>
        <source>{item} ({kind}) — {annotator}&apos;s result, {count} annotator · {state}</source>
        <translation>{item} ({kind}) — risultato di {annotator}, {count} annotatore · {state}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="497"/>
        <source>{item} ({kind}) — {annotator}&apos;s result, {count} annotators · {state}</source>
        <translation>{item} ({kind}) — risultato di {annotator}, {count} annotatori · {state}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="512"/>
        <source>{decided} of {total} results decided</source>
        <translation>{decided} di {total} risultati decisi</translation>
    </message>
</context>
<context>
    <name>TextResultView</name>
    <message>
        <location filename="../../annotator/ui/review/result_views.py" line="73"/>
        <source>(+{count} span)</source>
        <translation>(+{count} intervallo)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/result_views.py" line="75"/>
        <source>(+{count} spans)</source>
        <translation>(+{count} intervalli)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/result_views.py" line="170"/>
        <source>Annotator</source>
        <translation>Annotatore</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/result_views.py" line="171"/>
        <source>Labels</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/result_views.py" line="172"/>
        <source>Unsure</source>
        <translation>Incerto</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/result_views.py" line="173"/>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/result_views.py" line="188"/>
        <source>Reading the text…</source>
        <translation>Lettura del testo…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/result_views.py" line="192"/>
        <source>unsure</source>
        <translation>incerto</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/result_views.py" line="203"/>
        <source>⚠ This text cannot be shown: {error}</source>
        <translation>⚠ Impossibile mostrare questo testo: {error}</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="64"/>
        <source>Pick 1</source>
        <translation>Scegli 1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="65"/>
        <source>Pick 2</source>
        <translation>Scegli 2</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="66"/>
        <source>Pick 3</source>
        <translation>Scegli 3</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="67"/>
        <source>Pick 4</source>
        <translation>Scegli 4</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="68"/>
        <source>Pick 5</source>
        <translation>Scegli 5</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="69"/>
        <source>Pick 6</source>
        <translation>Scegli 6</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="70"/>
        <source>Pick 7</source>
        <translation>Scegli 7</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="71"/>
        <source>Pick 8</source>
        <translation>Scegli 8</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="72"/>
        <source>Pick 9</source>
        <translation>Scegli 9</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="73"/>
        <source>While fixing: option 1</source>
        <translation>Durante la correzione: opzione 1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="74"/>
        <source>While fixing: option 2</source>
        <translation>Durante la correzione: opzione 2</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="75"/>
        <source>While fixing: option 3</source>
        <translation>Durante la correzione: opzione 3</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="76"/>
        <source>While fixing: option 4</source>
        <translation>Durante la correzione: opzione 4</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="77"/>
        <source>While fixing: option 5</source>
        <translation>Durante la correzione: opzione 5</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="78"/>
        <source>While fixing: option 6</source>
        <translation>Durante la correzione: opzione 6</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="79"/>
        <source>While fixing: option 7</source>
        <translation>Durante la correzione: opzione 7</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="80"/>
        <source>While fixing: option 8</source>
        <translation>Durante la correzione: opzione 8</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="81"/>
        <source>While fixing: option 9</source>
        <translation>Durante la correzione: opzione 9</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="82"/>
        <source>Confirm fix</source>
        <translation>Conferma la correzione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="83"/>
        <source>While fixing: take the fix</source>
        <translation>Durante la correzione: applica la correzione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="84"/>
        <source>Cancel fix</source>
        <translation>Annulla la correzione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="85"/>
        <source>While fixing: leave the result as it was</source>
        <translation>Durante la correzione: lascia il risultato com&apos;era</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="86"/>
        <source>Pick 1–9</source>
        <translation>Scegli 1–9</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="87"/>
        <source>While fixing: the label (texts) or whose result wins</source>
        <translation>Durante la correzione: l&apos;etichetta (testi) o il risultato che prevale</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/fix_editor.py" line="41"/>
        <source>&amp;Use as fix</source>
        <translation>&amp;Usa come correzione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/fix_editor.py" line="42"/>
        <source>Take the edited result as the fix</source>
        <translation>Usa il risultato modificato come correzione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/fix_editor.py" line="43"/>
        <source>Undo the last change in the editor</source>
        <translation>Annulla l&apos;ultima modifica nell&apos;editor</translation>
    </message>
</context>
</TS>
