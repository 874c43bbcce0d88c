<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AnswerPanel</name>
    <message>
        <location filename="../../annotator/ui/editors/pairwise_panels.py" line="92"/>
        <source>▸ {state}</source>
        <translation>▸ {state}</translation>
    </message>
</context>
<context>
    <name>CategoryPicker</name>
    <message>
        <location filename="../../annotator/ui/editors/translation_segments.py" line="384"/>
        <source>Type part of a category — Return takes the top one, Esc decides later</source>
        <translation>Digita parte di una categoria — Invio prende la prima, Esc decide dopo</translation>
    </message>
</context>
<context>
    <name>ConfidenceBar</name>
    <message>
        <location filename="../../annotator/ui/editors/rating_panels.py" line="362"/>
        <source>Confidence:</source>
        <translation>Sicurezza:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating_panels.py" line="376"/>
        <source>{level} guess</source>
        <translation>{level} ipotesi</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating_panels.py" line="378"/>
        <source>{level} sure</source>
        <translation>{level} sicuro</translation>
    </message>
</context>
<context>
    <name>CriteriaGrid</name>
    <message>
        <location filename="../../annotator/ui/editors/pairwise_panels.py" line="181"/>
        <location filename="../../annotator/ui/editors/pairwise_panels.py" line="200"/>
        <source>overall</source>
        <translation>complessivo</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise_panels.py" line="189"/>
        <source>both bad</source>
        <translation>entrambe scadenti</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise_panels.py" line="189"/>
        <source>tie</source>
        <translation>pari</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise_panels.py" line="201"/>
        <source>▸ {row}</source>
        <translation>▸ {row}</translation>
    </message>
</context>
<context>
    <name>FlagBar</name>
    <message>
        <location filename="../../annotator/ui/editors/rating_panels.py" line="341"/>
        <source>{key}  {flag}: —</source>
        <translation>{key}  {flag}: —</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating_panels.py" line="342"/>
        <source>{key}  {flag}: yes</source>
        <translation>{key}  {flag}: sì</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating_panels.py" line="343"/>
        <source>{key}  {flag}: no</source>
        <translation>{key}  {flag}: no</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating_panels.py" line="346"/>
        <source>{flag}: —</source>
        <translation>{flag}: —</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating_panels.py" line="346"/>
        <source>{flag}: yes</source>
        <translation>{flag}: sì</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating_panels.py" line="346"/>
        <source>{flag}: no</source>
        <translation>{flag}: no</translation>
    </message>
</context>
<context>
    <name>PairwiseEditor</name>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="37"/>
        <source>A better</source>
        <translation>A migliore</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="38"/>
        <source>B better</source>
        <translation>B migliore</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="39"/>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="46"/>
        <location filename="../../annotator/ui/editors/pairwise.py" line="275"/>
        <source>tie</source>
        <translation>pari</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="40"/>
        <source>both bad</source>
        <translation>entrambe scadenti</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="54"/>
        <source>ranking: {ranks}</source>
        <translation>classifica: {ranks}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="56"/>
        <source>ranking: none yet</source>
        <translation>classifica: ancora nessuna</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="58"/>
        <source>not decided</source>
        <translation>non deciso</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="65"/>
        <source>A better ({strength})</source>
        <translation>A migliore ({strength})</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="66"/>
        <source>B better ({strength})</source>
        <translation>B migliore ({strength})</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="67"/>
        <source>tie ({strength})</source>
        <translation>pari ({strength})</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="68"/>
        <source>both bad ({strength})</source>
        <translation>entrambe scadenti ({strength})</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="72"/>
        <source>{summary} · criteria: {criteria}</source>
        <translation>{summary} · criteri: {criteria}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="74"/>
        <source>{summary} · reasons: {reasons}</source>
        <translation>{summary} · motivi: {reasons}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="80"/>
        <source>{summary} · rationale: {count} character</source>
        <translation>{summary} · motivazione: {count} carattere</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="82"/>
        <source>{summary} · rationale: {count} characters</source>
        <translation>{summary} · motivazione: {count} caratteri</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="93"/>
        <source>⚠ The criteria favour {side} ({count} of {total}), but the overall choice is a tie. Check it; you may still submit.</source>
        <translation>⚠ I criteri favoriscono {side} ({count} su {total}), ma la scelta complessiva è un pareggio. Controlla; puoi comunque inviare.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="99"/>
        <source>⚠ The criteria favour {side} ({count} of {total}), but the overall choice is {choice}. Check it; you may still submit.</source>
        <translation>⚠ I criteri favoriscono {side} ({count} su {total}), ma la scelta complessiva è {choice}. Controlla; puoi comunque inviare.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="115"/>
        <source>a rank for {answers}</source>
        <translation>una posizione per {answers}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="117"/>
        <source>a decision on {criteria}</source>
        <translation>una decisione su {criteria}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="119"/>
        <source>the overall decision</source>
        <translation>la decisione complessiva</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="120"/>
        <source>a rationale of at least {least} characters ({written} so far)</source>
        <translation>una motivazione di almeno {least} caratteri (finora {written})</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="88"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="98"/>
        <source>Answer {letter}</source>
        <translation>Risposta {letter}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="190"/>
        <source>What was stored for this item names other answers than it has now; it starts afresh ({undo} after your first change brings the old one back).</source>
        <translation>Quanto salvato per questo elemento indica risposte diverse da quelle attuali; si riparte da zero ({undo} dopo la prima modifica ripristina il precedente).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="252"/>
        <source>rank {rank}</source>
        <translation>posizione {rank}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="252"/>
        <source>not ranked</source>
        <translation>senza posizione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="273"/>
        <source>better</source>
        <translation>migliore</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="277"/>
        <source>bad</source>
        <translation>scadente</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="293"/>
        <source>Rationale ({key}): at least {least} characters — Return or Esc goes back to the answers</source>
        <translation>Motivazione ({key}): almeno {least} caratteri — Invio o Esc torna alle risposte</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="296"/>
        <source>Rationale ({key}) — Return or Esc goes back to the answers</source>
        <translation>Motivazione ({key}) — Invio o Esc torna alle risposte</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="300"/>
        <source>diff on</source>
        <translation>differenze attive</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="300"/>
        <source>raw</source>
        <translation>testo grezzo</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="300"/>
        <source>rendered</source>
        <translation>formattato</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="336"/>
        <source>Rank {rank}</source>
        <translation>Posizione {rank}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="345"/>
        <source>Digits above 4 rank items of three or more answers; here {a} is A, {b} B, {tie} tie, {bad} both bad.</source>
        <translation>Le cifre oltre il 4 ordinano elementi con tre o più risposte; qui {a} è A, {b} B, {tie} pari, {bad} entrambe scadenti.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="357"/>
        <source>A criterion is decided A, B or tie; &apos;both bad&apos; is for the overall row.</source>
        <translation>Un criterio si decide con A, B o pari; «entrambe scadenti» vale per la riga complessiva.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="371"/>
        <source>Strength {value}</source>
        <translation>Intensità {value}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="390"/>
        <source>This package has {count} reasons; there is no reason {slot}.</source>
        <translation>Questo pacchetto ha {count} motivi; il motivo {slot} non esiste.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="398"/>
        <source>Reason {reason}</source>
        <translation>Motivo {reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="111"/>
        <location filename="../../annotator/ui/editors/pairwise.py" line="413"/>
        <source>Rationale</source>
        <translation>Motivazione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="462"/>
        <source>Not ready to submit; still needed: {needed}.</source>
        <translation>Non ancora pronto per l&apos;invio; manca ancora: {needed}.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise_keys.py" line="145"/>
        <source>{first}–{last} rank the focused answer (repeat a digit for a tie) · {previous}/{next} focus answer</source>
        <translation>{first}–{last} posizione della risposta attiva (ripeti una cifra per un pari merito) · {previous}/{next} cambia risposta</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise_keys.py" line="155"/>
        <source>{a} A better · {b} B better · {tie} tie · {bad} both bad</source>
        <translation>{a} A migliore · {b} B migliore · {tie} pari · {bad} entrambe scadenti</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise_keys.py" line="159"/>
        <source>{keys} · {weakest}…{strongest} strength −3…+3</source>
        <translation>{keys} · {weakest}…{strongest} intensità −3…+3</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise_keys.py" line="163"/>
        <source>{keys} · {up}/{down} criteria row</source>
        <translation>{keys} · {up}/{down} riga dei criteri</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise_keys.py" line="166"/>
        <source>{keys} · {reason}… reasons · {rationale} rationale · {diff} word diff · {raw} raw/rendered ({shown}) · {submit} submit · {back} back</source>
        <translation>{keys} · {reason}… motivi · {rationale} motivazione · {diff} differenze di parole · {raw} grezzo/formattato ({shown}) · {submit} invia · {back} indietro</translation>
    </message>
</context>
<context>
    <name>RatingEditor</name>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="131"/>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="145"/>
        <source>not rated</source>
        <translation>non valutato</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="140"/>
        <source>flagged: {flags}</source>
        <translation>segnalato: {flags}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="142"/>
        <source>nothing flagged</source>
        <translation>nessuna segnalazione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="144"/>
        <source>confidence {level}</source>
        <translation>sicurezza {level}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="151"/>
        <source>{criterion} (a score or N/A)</source>
        <translation>{criterion} (un punteggio o N/A)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="153"/>
        <source>result {result} (a grade)</source>
        <translation>risultato {result} (un voto)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="154"/>
        <source>your confidence</source>
        <translation>la tua sicurezza</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="66"/>
        <source>Rating</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="68"/>
        <source>Arrow keys choose a criterion and a point of its scale; F1 lists the keys</source>
        <translation>Le frecce scelgono un criterio e un punto della sua scala; F1 elenca i tasti</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="292"/>
        <source>{summary}   (1 to go)</source>
        <translation>{summary}   (ne manca 1)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="294"/>
        <source>{summary}   ({count} to go)</source>
        <translation>{summary}   (ne mancano {count})</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="296"/>
        <source>{summary}   (ready: {key} submits)</source>
        <translation>{summary}   (pronto: {key} invia)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="309"/>
        <source>no description</source>
        <translation>nessuna descrizione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="313"/>
        <source>Result {number} of {total}: {title}</source>
        <translation>Risultato {number} di {total}: {title}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="320"/>
        <location filename="../../annotator/ui/editors/rating.py" line="335"/>
        <source>{point}   ✓ chosen</source>
        <translation>{point}   ✓ scelto</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="325"/>
        <source>{criterion}
▶ {value} — {anchor}</source>
        <translation>{criterion}
▶ {value} — {anchor}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="331"/>
        <source>{text}
chosen: {value} — {anchor}</source>
        <translation>{text}
scelto: {value} — {anchor}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="333"/>
        <source>{text}
chosen: {value}</source>
        <translation>{text}
scelto: {value}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="337"/>
        <source>{text}
chosen: N/A</source>
        <translation>{text}
scelto: N/A</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="347"/>
        <source>digits</source>
        <translation>cifre</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="353"/>
        <source>{moves} result · {left}/{right} point · {digits} grade and next · {pick} choose</source>
        <translation>{moves} risultato · {left}/{right} punto · {digits} voto e avanti · {pick} scegli</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="355"/>
        <source>{moves} criterion · {left}/{right} point · {digits} score and next · {pick} choose</source>
        <translation>{moves} criterio · {left}/{right} punto · {digits} punteggio e avanti · {pick} scegli</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="365"/>
        <source>{hint} · {key} N/A</source>
        <translation>{hint} · {key} N/A</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="368"/>
        <source>{hint} · {keys} flags yes/no (unanswered: not flagged)</source>
        <translation>{hint} · {keys} segnalazioni sì/no (senza risposta: non segnalato)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="369"/>
        <source>{hint} · {key} raw text</source>
        <translation>{hint} · {key} testo grezzo</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="370"/>
        <source>{hint} · {key} clear</source>
        <translation>{hint} · {key} cancella</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="373"/>
        <source>{hint} · {first}…{last} confidence</source>
        <translation>{hint} · {first}…{last} sicurezza</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="376"/>
        <source>{hint} · {submit} submit · {back} back</source>
        <translation>{hint} · {submit} invia · {back} indietro</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="423"/>
        <source>Grade {result} {value}</source>
        <translation>Voto {result} {value}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="428"/>
        <source>Rate {criterion} {value}</source>
        <translation>Valuta {criterion} {value}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="446"/>
        <source>the relevance scale</source>
        <translation>scala di pertinenza</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="448"/>
        <source>the scale of {criterion}</source>
        <translation>scala di {criterion}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="452"/>
        <source>{digit} is not on {scale} ({values}): nothing changed.</source>
        <translation>{digit} non è sulla {scale} ({values}): nulla è cambiato.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="460"/>
        <source>Digits 1–{last} pick the points of {scale} ({values}) in order; {digit} picks none.</source>
        <translation>Le cifre 1–{last} scelgono in ordine i punti della {scale} ({values}); {digit} non ne sceglie nessuno.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="475"/>
        <source>N/A is for rubric criteria; grade each result instead (the lowest grade: not relevant).</source>
        <translation>N/A vale per i criteri della griglia; qui dai un voto a ogni risultato (il voto più basso: non pertinente).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="481"/>
        <source>N/A {criterion}</source>
        <translation>N/A {criterion}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="493"/>
        <source>Clear {result}</source>
        <translation>Cancella {result}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="499"/>
        <source>Clear {criterion}</source>
        <translation>Cancella {criterion}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="508"/>
        <source>Confidence {level}</source>
        <translation>Sicurezza {level}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="516"/>
        <source>Search results have no policy flags.</source>
        <translation>I risultati di ricerca non hanno segnalazioni.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="524"/>
        <source>Flag {flag}</source>
        <translation>Segnalazione {flag}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="548"/>
        <source>Not submitted yet — still missing: {needed}.</source>
        <translation>Non ancora inviato — manca ancora: {needed}.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="551"/>
        <source>Submit rating</source>
        <translation>Invia valutazione</translation>
    </message>
</context>
<context>
    <name>ResultRow</name>
    <message>
        <location filename="../../annotator/ui/editors/rating_panels.py" line="225"/>
        <source>{snippet}… ({count} more characters)</source>
        <translation>{snippet}… (altri {count} caratteri)</translation>
    </message>
</context>
<context>
    <name>RewriteBox</name>
    <message>
        <location filename="../../annotator/ui/editors/rewrite_panels.py" line="42"/>
        <source>Rewritten response</source>
        <translation>Risposta riscritta</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite_panels.py" line="44"/>
        <source>The rewritten response</source>
        <translation>La risposta riscritta</translation>
    </message>
</context>
<context>
    <name>RewriteEditor</name>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="238"/>
        <source>Unchanged (confirmed as needing no change)</source>
        <translation>Invariata (confermata: non servono modifiche)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="239"/>
        <source>Unchanged</source>
        <translation>Invariata</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="242"/>
        <source>{count} word</source>
        <translation>{count} parola</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="243"/>
        <source>{count} words</source>
        <translation>{count} parole</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="247"/>
        <source>{count} character</source>
        <translation>{count} carattere</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="248"/>
        <source>{count} characters</source>
        <translation>{count} caratteri</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="251"/>
        <source>{count} edit</source>
        <translation>{count} modifica</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="251"/>
        <source>{count} edits</source>
        <translation>{count} modifiche</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="253"/>
        <source>{words} / {characters} changed in {edits}</source>
        <translation>{words} / {characters} cambiati in {edits}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="257"/>
        <source>{summary} ({count} without a category)</source>
        <translation>{summary} ({count} senza categoria)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="275"/>
        <source>Edits {numbers} and {last} have no category, and this package asks for one on every edit.</source>
        <translation>Le modifiche {numbers} e {last} non hanno una categoria, e questo pacchetto ne chiede una per ogni modifica.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="268"/>
        <source>The rewrite is empty: write the response as it should be.</source>
        <translation>La riscrittura è vuota: scrivi la risposta come dovrebbe essere.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="271"/>
        <source>Edit {number} has no category, and this package asks for one on every edit.</source>
        <translation>La modifica {number} non ha una categoria, e questo pacchetto ne chiede una per ogni modifica.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="280"/>
        <source>Edit {number} has the category &apos;{category}&apos;, which this package does not list.</source>
        <translation>La modifica {number} ha la categoria «{category}», che questo pacchetto non prevede.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="95"/>
        <source>Your rewrite</source>
        <translation>La tua riscrittura</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="96"/>
        <source>Changes (struck through: deleted; underlined: added)</source>
        <translation>Modifiche (barrato: eliminato; sottolineato: aggiunto)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="97"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="149"/>
        <source>Category of the edit at the caret:   {slots}   {none} none   {choose} all…</source>
        <translation>Categoria della modifica al cursore:   {slots}   {none} nessuna   {choose} tutte…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="151"/>
        <source>Category of the edit at the caret:   {slots}   {none} none   {choose} list</source>
        <translation>Categoria della modifica al cursore:   {slots}   {none} nessuna   {choose} elenco</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="156"/>
        <source>{legend}   (every edit needs one)</source>
        <translation>{legend}   (obbligatoria per ogni modifica)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="161"/>
        <source>{submit} submit · {reset} reset to the original · {previous}/{next} previous/next edit · {undo} undo · {raw} prompt raw/rendered</source>
        <translation>{submit} invia · {reset} ripristina l&apos;originale · {previous}/{next} modifica precedente/successiva · {undo} annulla · {raw} prompt grezzo/formattato</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="267"/>
        <source>Type in the rewrite</source>
        <translation>Scrittura nella riscrittura</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="305"/>
        <source>The rewrite is the original response already.</source>
        <translation>La riscrittura è già la risposta originale.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="307"/>
        <source>Reset the rewrite to the original</source>
        <translation>Ripristina l&apos;originale nella riscrittura</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="316"/>
        <source>No edits yet: change the response in the box first.</source>
        <translation>Ancora nessuna modifica: prima cambia la risposta nella casella.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="334"/>
        <source>This package has no categories.</source>
        <translation>Questo pacchetto non ha categorie.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="336"/>
        <source>This package has 1 category: {first}…{last}.</source>
        <translation>Questo pacchetto ha 1 categoria: {first}…{last}.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="338"/>
        <source>This package has {count} categories: {first}…{last}.</source>
        <translation>Questo pacchetto ha {count} categorie: {first}…{last}.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="346"/>
        <location filename="../../annotator/ui/editors/rewrite.py" line="361"/>
        <source>No edit to tag yet: change the response in the box first.</source>
        <translation>Ancora nessuna modifica da etichettare: prima cambia la risposta nella casella.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="354"/>
        <source>Edit {number}: {category}</source>
        <translation>Modifica {number}: {category}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="356"/>
        <source>Edit {number}: no category</source>
        <translation>Modifica {number}: nessuna categoria</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="364"/>
        <source>This package lists no categories.</source>
        <translation>Questo pacchetto non elenca categorie.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="266"/>
        <source>The response is unchanged: confirm that it needs no change, or rewrite it.</source>
        <translation>La risposta è invariata: conferma che non servono modifiche, oppure riscrivila.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="392"/>
        <source>Not submitted yet. {problems} Put the caret in an edit ({key}) and give it a category.</source>
        <translation>Non ancora inviato. {problems} Porta il cursore su una modifica ({key}) e assegnale una categoria.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="395"/>
        <source>Not submitted yet. {problems}</source>
        <translation>Non ancora inviato. {problems}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="411"/>
        <source>Not submitted: rewrite the response, or submit again to keep it unchanged.</source>
        <translation>Non inviato: riscrivi la risposta, oppure invia di nuovo per lasciarla invariata.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="415"/>
        <source>Confirm the response needs no change</source>
        <translation>Conferma che la risposta non richiede modifiche</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite_panels.py" line="31"/>
        <source>The response is unchanged. Submit it as needing no change?</source>
        <translation>La risposta è invariata. Inviarla come risposta che non richiede modifiche?</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite_panels.py" line="33"/>
        <source>(no category)</source>
        <translation>(nessuna categoria)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite_panels.py" line="181"/>
        <source>(nothing)</source>
        <translation>(niente)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite_panels.py" line="182"/>
        <source>(deleted)</source>
        <translation>(eliminato)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite_panels.py" line="183"/>
        <source>no category</source>
        <translation>nessuna categoria</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite_panels.py" line="220"/>
        <source>Unchanged response</source>
        <translation>Risposta invariata</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite_panels.py" line="224"/>
        <source>Submit unchanged</source>
        <translation>Invia invariata</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite_panels.py" line="225"/>
        <source>Keep editing</source>
        <translation>Continua a modificare</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite_panels.py" line="241"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite_panels.py" line="243"/>
        <source>Category of edit {number} (type to jump, Return takes it):</source>
        <translation>Categoria della modifica {number} (digita per saltare, Invio la sceglie):</translation>
    </message>
</context>
<context>
    <name>RubricGrid</name>
    <message>
        <location filename="../../annotator/ui/editors/rating_panels.py" line="151"/>
        <source>Not applicable to this response</source>
        <translation>Non applicabile a questa risposta</translation>
    </message>
</context>
<context>
    <name>SentenceTable</name>
    <message>
        <location filename="../../annotator/ui/editors/translation_segments.py" line="74"/>
        <source>Source and translated sentences</source>
        <translation>Frasi originali e tradotte</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation_segments.py" line="277"/>
        <source>no category yet (C chooses one)</source>
        <translation>ancora senza categoria (C ne sceglie una)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation_segments.py" line="278"/>
        <source>major</source>
        <translation>grave</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation_segments.py" line="278"/>
        <source>minor</source>
        <translation>lieve</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation_segments.py" line="278"/>
        <source>neutral</source>
        <translation>neutro</translation>
    </message>
</context>
<context>
    <name>StrengthBar</name>
    <message>
        <location filename="../../annotator/ui/editors/pairwise_panels.py" line="219"/>
        <source>How much better:</source>
        <translation>Quanto migliore:</translation>
    </message>
</context>
<context>
    <name>TranslationEditor</name>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="162"/>
        <source>major</source>
        <translation>grave</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="163"/>
        <source>minor</source>
        <translation>lieve</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="164"/>
        <source>neutral</source>
        <translation>neutro</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="175"/>
        <source>source sentence {number}</source>
        <translation>frase di origine {number}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="177"/>
        <source>target sentence {number}</source>
        <translation>frase di destinazione {number}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="184"/>
        <source>the major error</source>
        <translation>l&apos;errore grave</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="185"/>
        <source>the minor error</source>
        <translation>l&apos;errore lieve</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="186"/>
        <source>the neutral error</source>
        <translation>l&apos;errore neutro</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="195"/>
        <source>{count} error ({by_severity})</source>
        <translation>{count} errore ({by_severity})</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="197"/>
        <source>{count} errors ({by_severity})</source>
        <translation>{count} errori ({by_severity})</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="201"/>
        <source>No errors marked</source>
        <translation>Nessun errore segnato</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="203"/>
        <source>{summary} · {count} not translated</source>
        <translation>{summary} · {count} non tradotte</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="206"/>
        <source>{summary} · MQM {score}</source>
        <translation>{summary} · MQM {score}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="208"/>
        <source>{summary} · ESA {score}</source>
        <translation>{summary} · ESA {score}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="217"/>
        <source>a category for {error} “{text}” ({place})</source>
        <translation>una categoria per {error} «{text}» ({place})</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="221"/>
        <source>a category of this package for “{text}” ({place}): &apos;{category}&apos; is not one</source>
        <translation>una categoria di questo pacchetto per «{text}» ({place}): «{category}» non lo è</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="224"/>
        <source>an ESA score of the whole translation (0–100)</source>
        <translation>un punteggio ESA dell&apos;intera traduzione (0–100)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="133"/>
        <source>{major} major · {minor} minor · {neutral} neutral   {category} category · {delete} remove · {non_translation} not a translation   {word_left}/{word_right} word · {extend_left}/{extend_right} select · {extend_char_left}/{extend_char_right} character   {previous_sentence}/{next_sentence} sentence · {switch_side} source/target   ESA: {esa_down}/{esa_up} ±5 · {esa_down_1}/{esa_up_1} ±1 · {esa_0}…{esa_90} = 0…90   {submit} submit · {back} back</source>
        <translation>{major} grave · {minor} lieve · {neutral} neutro   {category} categoria · {delete} rimuovi · {non_translation} non è una traduzione   {word_left}/{word_right} parola · {extend_left}/{extend_right} seleziona · {extend_char_left}/{extend_char_right} carattere   {previous_sentence}/{next_sentence} frase · {switch_side} origine/destinazione   ESA: {esa_down}/{esa_up} ±5 · {esa_down_1}/{esa_up_1} ±1 · {esa_0}…{esa_90} = 0…90   {submit} invia · {back} indietro</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="143"/>
        <source>{major} major · {minor} minor · {neutral} neutral   {category} category · {delete} remove · {non_translation} not a translation   {word_left}/{word_right} word · {extend_left}/{extend_right} select · {extend_char_left}/{extend_char_right} character   {previous_sentence}/{next_sentence} sentence · {switch_side} source/target   {submit} submit · {back} back</source>
        <translation>{major} grave · {minor} lieve · {neutral} neutro   {category} categoria · {delete} rimuovi · {non_translation} non è una traduzione   {word_left}/{word_right} parola · {extend_left}/{extend_right} seleziona · {extend_char_left}/{extend_char_right} carattere   {previous_sentence}/{next_sentence} frase · {switch_side} origine/destinazione   {submit} invia · {back} indietro</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="163"/>
        <source>Source ({language})</source>
        <translation>Origine ({language})</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="163"/>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="167"/>
        <source>Summary ({language})</source>
        <translation>Riassunto ({language})</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="167"/>
        <source>Summary</source>
        <translation>Riassunto</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="169"/>
        <source>{source} source and {target} summary sentences</source>
        <translation>{source} frasi di origine e {target} del riassunto</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="172"/>
        <source>Target ({language})</source>
        <translation>Traduzione ({language})</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="172"/>
        <source>Target</source>
        <translation>Traduzione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="174"/>
        <source>{source} source and {target} target sentences</source>
        <translation>{source} frasi di origine e {target} tradotte</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="176"/>
        <source>{source_side}  →  {target_side}   ·   {counts}</source>
        <translation>{source_side}  →  {target_side}   ·   {counts}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="258"/>
        <source>Row {row} has no source sentence.</source>
        <translation>La riga {row} non ha una frase di origine.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="260"/>
        <source>Row {row} has no target sentence.</source>
        <translation>La riga {row} non ha una frase tradotta.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="305"/>
        <source>Not changed: {reason}.</source>
        <translation>Non modificato: {reason}.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="320"/>
        <source>Nothing to mark here: this sentence is empty.</source>
        <translation>Niente da segnare qui: questa frase è vuota.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="325"/>
        <source>No error marked: {reason}.</source>
        <translation>Nessun errore segnato: {reason}.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="330"/>
        <source>Major error</source>
        <translation>Errore grave</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="330"/>
        <source>Minor error</source>
        <translation>Errore lieve</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="330"/>
        <source>Neutral error</source>
        <translation>Errore neutro</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="348"/>
        <source>No error here: select words and press {keys} first.</source>
        <translation>Nessun errore qui: prima seleziona delle parole e premi {keys}.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="354"/>
        <source>Category of {error} “{text}” ({place}):</source>
        <translation>Categoria per {error} «{text}» ({place}):</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="376"/>
        <source>Category {category}</source>
        <translation>Categoria {category}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="389"/>
        <source>No error at the caret or in the selection to remove.</source>
        <translation>Nessun errore da rimuovere al cursore o nella selezione.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="394"/>
        <source>Remove error</source>
        <translation>Rimuovi errore</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="400"/>
        <source>Row {row} has no target sentence to mark as not translated.</source>
        <translation>La riga {row} non ha una frase tradotta da segnare come non tradotta.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="405"/>
        <source>Not a translation</source>
        <translation>Non è una traduzione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="410"/>
        <source>This package asks no ESA score.</source>
        <translation>Questo pacchetto non chiede un punteggio ESA.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="415"/>
        <location filename="../../annotator/ui/editors/translation.py" line="419"/>
        <source>ESA score</source>
        <translation>Punteggio ESA</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="433"/>
        <source>Not yet submitted — still needed: {needed}. The caret is on it: {key} chooses one.</source>
        <translation>Non ancora inviato — manca ancora: {needed}. Il cursore è lì: {key} ne sceglie una.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="435"/>
        <source>Not yet submitted — still needed: {needed}.</source>
        <translation>Non ancora inviato — manca ancora: {needed}.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="444"/>
        <source>Check translation</source>
        <translation>Verifica traduzione</translation>
    </message>
</context>
</TS>
