<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <translation>Teil einer Kategorie tippen — Eingabe nimmt die oberste, Esc entscheidet später</translation>
    </message>
</context>
<context>
    <name>ConfidenceBar</name>
    <message>
        <location filename="../../annotator/ui/editors/rating_panels.py" line="362"/>
        <source>Confidence:</source>
        <translation>Sicherheit:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating_panels.py" line="376"/>
        <source>{level} guess</source>
        <translation>{level} geraten</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating_panels.py" line="378"/>
        <source>{level} sure</source>
        <translation>{level} sicher</translation>
    </message>
</context>
<context>
    <name>CriteriaGrid</name>
    <message>
        <location filename="../../annotator/ui/editors/pairwise_panels.py" line="181"/>
        <location filename="../../annotator/ui/editors/pairwise_panels.py" line="200"/>
        <source>overall</source>
        <translation>insgesamt</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise_panels.py" line="189"/>
        <source>both bad</source>
        <translation>beide schlecht</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise_panels.py" line="189"/>
        <source>tie</source>
        <translation>gleich</translation>
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
        <translation>{key}  {flag}: ja</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating_panels.py" line="343"/>
        <source>{key}  {flag}: no</source>
        <translation>{key}  {flag}: nein</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating_panels.py" line="346"/>
        <source>{flag}: —</source>
        <translation>{flag}: —</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating_panels.py" line="346"/>
        <source>{flag}: yes</source>
        <translation>{flag}: ja</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating_panels.py" line="346"/>
        <source>{flag}: no</source>
        <translation>{flag}: nein</translation>
    </message>
</context>
<context>
    <name>PairwiseEditor</name>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="37"/>
        <source>A better</source>
        <translation>A besser</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="38"/>
        <source>B better</source>
        <translation>B besser</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="39"/>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="46"/>
        <location filename="../../annotator/ui/editors/pairwise.py" line="275"/>
        <source>tie</source>
        <translation>gleich</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="40"/>
        <source>both bad</source>
        <translation>beide schlecht</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="54"/>
        <source>ranking: {ranks}</source>
        <translation>Rangfolge: {ranks}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="56"/>
        <source>ranking: none yet</source>
        <translation>Rangfolge: noch keine</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="58"/>
        <source>not decided</source>
        <translation>nicht entschieden</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="65"/>
        <source>A better ({strength})</source>
        <translation>A besser ({strength})</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="66"/>
        <source>B better ({strength})</source>
        <translation>B besser ({strength})</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="67"/>
        <source>tie ({strength})</source>
        <translation>gleich ({strength})</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="68"/>
        <source>both bad ({strength})</source>
        <translation>beide schlecht ({strength})</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="72"/>
        <source>{summary} · criteria: {criteria}</source>
        <translation>{summary} · Kriterien: {criteria}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="74"/>
        <source>{summary} · reasons: {reasons}</source>
        <translation>{summary} · Gründe: {reasons}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="80"/>
        <source>{summary} · rationale: {count} character</source>
        <translation>{summary} · Begründung: {count} Zeichen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="82"/>
        <source>{summary} · rationale: {count} characters</source>
        <translation>{summary} · Begründung: {count} Zeichen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="93"/>
        <source>⚠ The criteria favour {side} ({count} of {total}), but the overall choice is a tie. Check it; you may still submit.</source>
        <translation>⚠ Die Kriterien sprechen für {side} ({count} von {total}), das Gesamturteil ist aber gleich. Bitte prüfen; Senden ist trotzdem möglich.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="99"/>
        <source>⚠ The criteria favour {side} ({count} of {total}), but the overall choice is {choice}. Check it; you may still submit.</source>
        <translation>⚠ Die Kriterien sprechen für {side} ({count} von {total}), das Gesamturteil ist aber {choice}. Bitte prüfen; Senden ist trotzdem möglich.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="115"/>
        <source>a rank for {answers}</source>
        <translation>ein Rang für {answers}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="117"/>
        <source>a decision on {criteria}</source>
        <translation>eine Entscheidung zu {criteria}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="119"/>
        <source>the overall decision</source>
        <translation>das Gesamturteil</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="120"/>
        <source>a rationale of at least {least} characters ({written} so far)</source>
        <translation>eine Begründung von mindestens {least} Zeichen (bisher {written})</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="88"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="98"/>
        <source>Answer {letter}</source>
        <translation>Antwort {letter}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="190"/>
        <source>What was stored for this item names other answers than it has now; it starts afresh ({undo} after your first change brings the old one back).</source>
        <translation>Das Gespeicherte zu diesem Element nennt andere Antworten als die jetzigen; es beginnt neu ({undo} nach Ihrer ersten Änderung holt das Alte zurück).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="252"/>
        <source>rank {rank}</source>
        <translation>Rang {rank}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="252"/>
        <source>not ranked</source>
        <translation>ohne Rang</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="273"/>
        <source>better</source>
        <translation>besser</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="277"/>
        <source>bad</source>
        <translation>schlecht</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="293"/>
        <source>Rationale ({key}): at least {least} characters — Return or Esc goes back to the answers</source>
        <translation>Begründung ({key}): mindestens {least} Zeichen — Eingabe oder Esc führt zu den Antworten zurück</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="296"/>
        <source>Rationale ({key}) — Return or Esc goes back to the answers</source>
        <translation>Begründung ({key}) — Eingabe oder Esc führt zu den Antworten zurück</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="300"/>
        <source>diff on</source>
        <translation>Unterschiede an</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="300"/>
        <source>raw</source>
        <translation>Rohtext</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="300"/>
        <source>rendered</source>
        <translation>formatiert</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="336"/>
        <source>Rank {rank}</source>
        <translation>Rang {rank}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="345"/>
        <source>Digits above 4 rank items of three or more answers; here {a} is A, {b} B, {tie} tie, {bad} both bad.</source>
        <translation>Ziffern über 4 vergeben Ränge bei drei oder mehr Antworten; hier ist {a} A, {b} B, {tie} gleich, {bad} beide schlecht.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="357"/>
        <source>A criterion is decided A, B or tie; &apos;both bad&apos; is for the overall row.</source>
        <translation>Ein Kriterium wird mit A, B oder gleich entschieden; „beide schlecht“ gilt für die Gesamtzeile.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="371"/>
        <source>Strength {value}</source>
        <translation>Stärke {value}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="390"/>
        <source>This package has {count} reasons; there is no reason {slot}.</source>
        <translation>Dieses Paket hat {count} Gründe; einen Grund {slot} gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="398"/>
        <source>Reason {reason}</source>
        <translation>Grund {reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="111"/>
        <location filename="../../annotator/ui/editors/pairwise.py" line="413"/>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise.py" line="462"/>
        <source>Not ready to submit; still needed: {needed}.</source>
        <translation>Noch nicht bereit zum Senden; es fehlt noch: {needed}.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise_keys.py" line="145"/>
        <source>{first}–{last} rank the focused answer (repeat a digit for a tie) · {previous}/{next} focus answer</source>
        <translation>{first}–{last} Rang der aktiven Antwort (Ziffer wiederholen für Gleichstand) · {previous}/{next} Antwort wählen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise_keys.py" line="155"/>
        <source>{a} A better · {b} B better · {tie} tie · {bad} both bad</source>
        <translation>{a} A besser · {b} B besser · {tie} gleich · {bad} beide schlecht</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise_keys.py" line="159"/>
        <source>{keys} · {weakest}…{strongest} strength −3…+3</source>
        <translation>{keys} · {weakest}…{strongest} Stärke −3…+3</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise_keys.py" line="163"/>
        <source>{keys} · {up}/{down} criteria row</source>
        <translation>{keys} · {up}/{down} Kriterienzeile</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/pairwise_keys.py" line="166"/>
        <source>{keys} · {reason}… reasons · {rationale} rationale · {diff} word diff · {raw} raw/rendered ({shown}) · {submit} submit · {back} back</source>
        <translation>{keys} · {reason}… Gründe · {rationale} Begründung · {diff} Wortunterschiede · {raw} roh/formatiert ({shown}) · {submit} senden · {back} zurück</translation>
    </message>
</context>
<context>
    <name>RatingEditor</name>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="131"/>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="145"/>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="140"/>
        <source>flagged: {flags}</source>
        <translation>markiert: {flags}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="142"/>
        <source>nothing flagged</source>
        <translation>nichts markiert</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="144"/>
        <source>confidence {level}</source>
        <translation>Sicherheit {level}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="151"/>
        <source>{criterion} (a score or N/A)</source>
        <translation>{criterion} (eine Bewertung oder N/A)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="153"/>
        <source>result {result} (a grade)</source>
        <translation>Ergebnis {result} (eine Note)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="154"/>
        <source>your confidence</source>
        <translation>Ihre Sicherheit</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="66"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="68"/>
        <source>Arrow keys choose a criterion and a point of its scale; F1 lists the keys</source>
        <translation>Pfeiltasten wählen ein Kriterium und einen Punkt seiner Skala; F1 listet die Tasten auf</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="292"/>
        <source>{summary}   (1 to go)</source>
        <translation>{summary}   (noch 1 offen)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="294"/>
        <source>{summary}   ({count} to go)</source>
        <translation>{summary}   (noch {count} offen)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="296"/>
        <source>{summary}   (ready: {key} submits)</source>
        <translation>{summary}   (fertig: {key} sendet)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="309"/>
        <source>no description</source>
        <translation>keine Beschreibung</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="313"/>
        <source>Result {number} of {total}: {title}</source>
        <translation>Ergebnis {number} von {total}: {title}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="320"/>
        <location filename="../../annotator/ui/editors/rating.py" line="335"/>
        <source>{point}   ✓ chosen</source>
        <translation>{point}   ✓ gewählt</translation>
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
gewählt: {value} — {anchor}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="333"/>
        <source>{text}
chosen: {value}</source>
        <translation>{text}
gewählt: {value}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="337"/>
        <source>{text}
chosen: N/A</source>
        <translation>{text}
gewählt: N/A</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="347"/>
        <source>digits</source>
        <translation>Ziffern</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="353"/>
        <source>{moves} result · {left}/{right} point · {digits} grade and next · {pick} choose</source>
        <translation>{moves} Ergebnis · {left}/{right} Punkt · {digits} Note und weiter · {pick} wählen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="355"/>
        <source>{moves} criterion · {left}/{right} point · {digits} score and next · {pick} choose</source>
        <translation>{moves} Kriterium · {left}/{right} Punkt · {digits} Bewertung und weiter · {pick} wählen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="365"/>
        <source>{hint} · {key} N/A</source>
        <translation>{hint} · {key} N/A</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="368"/>
        <source>{hint} · {keys} flags yes/no (unanswered: not flagged)</source>
        <translation>{hint} · {keys} Markierungen ja/nein (unbeantwortet: nicht markiert)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="369"/>
        <source>{hint} · {key} raw text</source>
        <translation>{hint} · {key} Rohtext</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="370"/>
        <source>{hint} · {key} clear</source>
        <translation>{hint} · {key} löschen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="373"/>
        <source>{hint} · {first}…{last} confidence</source>
        <translation>{hint} · {first}…{last} Sicherheit</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="376"/>
        <source>{hint} · {submit} submit · {back} back</source>
        <translation>{hint} · {submit} senden · {back} zurück</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="423"/>
        <source>Grade {result} {value}</source>
        <translation>Note {result} {value}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="428"/>
        <source>Rate {criterion} {value}</source>
        <translation>Bewertung {criterion} {value}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="446"/>
        <source>the relevance scale</source>
        <translation>der Relevanzskala</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="448"/>
        <source>the scale of {criterion}</source>
        <translation>der Skala von {criterion}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="452"/>
        <source>{digit} is not on {scale} ({values}): nothing changed.</source>
        <translation>{digit} ist nicht auf {scale} ({values}): nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="460"/>
        <source>Digits 1–{last} pick the points of {scale} ({values}) in order; {digit} picks none.</source>
        <translation>Die Ziffern 1–{last} wählen der Reihe nach die Punkte {scale} ({values}); {digit} wählt keinen.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="475"/>
        <source>N/A is for rubric criteria; grade each result instead (the lowest grade: not relevant).</source>
        <translation>N/A gilt für Kriterien des Bewertungsrasters; bewerten Sie stattdessen jedes Ergebnis (die niedrigste Note: nicht relevant).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="481"/>
        <source>N/A {criterion}</source>
        <translation>N/A {criterion}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="493"/>
        <source>Clear {result}</source>
        <translation>{result} löschen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="499"/>
        <source>Clear {criterion}</source>
        <translation>{criterion} löschen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="508"/>
        <source>Confidence {level}</source>
        <translation>Sicherheit {level}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="516"/>
        <source>Search results have no policy flags.</source>
        <translation>Suchergebnisse haben keine Richtlinien-Markierungen.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="524"/>
        <source>Flag {flag}</source>
        <translation>Markierung {flag}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="548"/>
        <source>Not submitted yet — still missing: {needed}.</source>
        <translation>Noch nicht gesendet — es fehlt noch: {needed}.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rating.py" line="551"/>
        <source>Submit rating</source>
        <translation>Bewertung senden</translation>
    </message>
</context>
<context>
    <name>ResultRow</name>
    <message>
        <location filename="../../annotator/ui/editors/rating_panels.py" line="225"/>
        <source>{snippet}… ({count} more characters)</source>
        <translation>{snippet}… ({count} weitere Zeichen)</translation>
    </message>
</context>
<context>
    <name>RewriteBox</name>
    <message>
        <location filename="../../annotator/ui/editors/rewrite_panels.py" line="42"/>
        <source>Rewritten response</source>
        <translation>Umgeschriebene Antwort</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite_panels.py" line="44"/>
        <source>The rewritten response</source>
        <translation>Die umgeschriebene Antwort</translation>
    </message>
</context>
<context>
    <name>RewriteEditor</name>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="238"/>
        <source>Unchanged (confirmed as needing no change)</source>
        <translation>Unverändert (bestätigt: keine Änderung nötig)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="239"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="242"/>
        <source>{count} word</source>
        <translation>{count} Wort</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="243"/>
        <source>{count} words</source>
        <translation>{count} Wörter</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="247"/>
        <source>{count} character</source>
        <translation>{count} Zeichen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="248"/>
        <source>{count} characters</source>
        <translation>{count} Zeichen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="251"/>
        <source>{count} edit</source>
        <translation>{count} Änderung</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="251"/>
        <source>{count} edits</source>
        <translation>{count} Änderungen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="253"/>
        <source>{words} / {characters} changed in {edits}</source>
        <translation>{words} / {characters} in {edits} geändert</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="257"/>
        <source>{summary} ({count} without a category)</source>
        <translation>{summary} ({count} ohne Kategorie)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="275"/>
        <source>Edits {numbers} and {last} have no category, and this package asks for one on every edit.</source>
        <translation>Die Änderungen {numbers} und {last} haben keine Kategorie, und dieses Paket verlangt eine für jede Änderung.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="268"/>
        <source>The rewrite is empty: write the response as it should be.</source>
        <translation>Die Umschreibung ist leer: Schreiben Sie die Antwort so, wie sie sein sollte.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="271"/>
        <source>Edit {number} has no category, and this package asks for one on every edit.</source>
        <translation>Änderung {number} hat keine Kategorie, und dieses Paket verlangt eine für jede Änderung.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="280"/>
        <source>Edit {number} has the category &apos;{category}&apos;, which this package does not list.</source>
        <translation>Änderung {number} hat die Kategorie „{category}“, die dieses Paket nicht vorsieht.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="95"/>
        <source>Your rewrite</source>
        <translation>Ihre Umschreibung</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="96"/>
        <source>Changes (struck through: deleted; underlined: added)</source>
        <translation>Änderungen (durchgestrichen: gelöscht; unterstrichen: hinzugefügt)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="97"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="149"/>
        <source>Category of the edit at the caret:   {slots}   {none} none   {choose} all…</source>
        <translation>Kategorie der Änderung am Cursor:   {slots}   {none} keine   {choose} alle…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="151"/>
        <source>Category of the edit at the caret:   {slots}   {none} none   {choose} list</source>
        <translation>Kategorie der Änderung am Cursor:   {slots}   {none} keine   {choose} Liste</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="156"/>
        <source>{legend}   (every edit needs one)</source>
        <translation>{legend}   (für jede Änderung nötig)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="161"/>
        <source>{submit} submit · {reset} reset to the original · {previous}/{next} previous/next edit · {undo} undo · {raw} prompt raw/rendered</source>
        <translation>{submit} senden · {reset} Original wiederherstellen · {previous}/{next} vorherige/nächste Änderung · {undo} rückgängig · {raw} Prompt roh/formatiert</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="267"/>
        <source>Type in the rewrite</source>
        <translation>Tippen in der Umschreibung</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="305"/>
        <source>The rewrite is the original response already.</source>
        <translation>Die Umschreibung ist bereits die ursprüngliche Antwort.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="307"/>
        <source>Reset the rewrite to the original</source>
        <translation>Umschreibung auf das Original zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="316"/>
        <source>No edits yet: change the response in the box first.</source>
        <translation>Noch keine Änderungen: Ändern Sie zuerst die Antwort im Textfeld.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="334"/>
        <source>This package has no categories.</source>
        <translation>Dieses Paket hat keine Kategorien.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="336"/>
        <source>This package has 1 category: {first}…{last}.</source>
        <translation>Dieses Paket hat 1 Kategorie: {first}…{last}.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="338"/>
        <source>This package has {count} categories: {first}…{last}.</source>
        <translation>Dieses Paket hat {count} Kategorien: {first}…{last}.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="346"/>
        <location filename="../../annotator/ui/editors/rewrite.py" line="361"/>
        <source>No edit to tag yet: change the response in the box first.</source>
        <translation>Noch keine Änderung zum Zuordnen: Ändern Sie zuerst die Antwort im Textfeld.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="354"/>
        <source>Edit {number}: {category}</source>
        <translation>Änderung {number}: {category}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="356"/>
        <source>Edit {number}: no category</source>
        <translation>Änderung {number}: keine Kategorie</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="364"/>
        <source>This package lists no categories.</source>
        <translation>Dieses Paket nennt keine Kategorien.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="266"/>
        <source>The response is unchanged: confirm that it needs no change, or rewrite it.</source>
        <translation>Die Antwort ist unverändert: Bestätigen Sie, dass keine Änderung nötig ist, oder schreiben Sie sie um.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="392"/>
        <source>Not submitted yet. {problems} Put the caret in an edit ({key}) and give it a category.</source>
        <translation>Noch nicht gesendet. {problems} Setzen Sie den Cursor in eine Änderung ({key}) und geben Sie ihr eine Kategorie.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="395"/>
        <source>Not submitted yet. {problems}</source>
        <translation>Noch nicht gesendet. {problems}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="411"/>
        <source>Not submitted: rewrite the response, or submit again to keep it unchanged.</source>
        <translation>Nicht gesendet: Schreiben Sie die Antwort um, oder senden Sie erneut, um sie unverändert zu lassen.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite.py" line="415"/>
        <source>Confirm the response needs no change</source>
        <translation>Bestätigen, dass die Antwort keine Änderung braucht</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite_panels.py" line="31"/>
        <source>The response is unchanged. Submit it as needing no change?</source>
        <translation>Die Antwort ist unverändert. Als „keine Änderung nötig“ senden?</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite_panels.py" line="33"/>
        <source>(no category)</source>
        <translation>(keine Kategorie)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite_panels.py" line="181"/>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite_panels.py" line="182"/>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite_panels.py" line="183"/>
        <source>no category</source>
        <translation>keine Kategorie</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite_panels.py" line="220"/>
        <source>Unchanged response</source>
        <translation>Unveränderte Antwort</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite_panels.py" line="224"/>
        <source>Submit unchanged</source>
        <translation>Unverändert senden</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite_panels.py" line="225"/>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite_panels.py" line="241"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/rewrite_panels.py" line="243"/>
        <source>Category of edit {number} (type to jump, Return takes it):</source>
        <translation>Kategorie der Änderung {number} (Tippen springt, Eingabe übernimmt):</translation>
    </message>
</context>
<context>
    <name>RubricGrid</name>
    <message>
        <location filename="../../annotator/ui/editors/rating_panels.py" line="151"/>
        <source>Not applicable to this response</source>
        <translation>Trifft auf diese Antwort nicht zu</translation>
    </message>
</context>
<context>
    <name>SentenceTable</name>
    <message>
        <location filename="../../annotator/ui/editors/translation_segments.py" line="74"/>
        <source>Source and translated sentences</source>
        <translation>Ausgangs- und übersetzte Sätze</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation_segments.py" line="277"/>
        <source>no category yet (C chooses one)</source>
        <translation>noch keine Kategorie (C wählt eine)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation_segments.py" line="278"/>
        <source>major</source>
        <translation>schwer</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation_segments.py" line="278"/>
        <source>minor</source>
        <translation>leicht</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation_segments.py" line="278"/>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
</context>
<context>
    <name>StrengthBar</name>
    <message>
        <location filename="../../annotator/ui/editors/pairwise_panels.py" line="219"/>
        <source>How much better:</source>
        <translation>Wie viel besser:</translation>
    </message>
</context>
<context>
    <name>TranslationEditor</name>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="162"/>
        <source>major</source>
        <translation>schwer</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="163"/>
        <source>minor</source>
        <translation>leicht</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="164"/>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="175"/>
        <source>source sentence {number}</source>
        <translation>Ausgangssatz {number}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="177"/>
        <source>target sentence {number}</source>
        <translation>Zielsatz {number}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="184"/>
        <source>the major error</source>
        <translation>den schweren Fehler</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="185"/>
        <source>the minor error</source>
        <translation>den leichten Fehler</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="186"/>
        <source>the neutral error</source>
        <translation>den neutralen Fehler</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="195"/>
        <source>{count} error ({by_severity})</source>
        <translation>{count} Fehler ({by_severity})</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="197"/>
        <source>{count} errors ({by_severity})</source>
        <translation>{count} Fehler ({by_severity})</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="201"/>
        <source>No errors marked</source>
        <translation>Keine Fehler markiert</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="203"/>
        <source>{summary} · {count} not translated</source>
        <translation>{summary} · {count} nicht übersetzt</translation>
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
        <translation>eine Kategorie für {error} „{text}“ ({place})</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="221"/>
        <source>a category of this package for “{text}” ({place}): &apos;{category}&apos; is not one</source>
        <translation>eine Kategorie dieses Pakets für „{text}“ ({place}): „{category}“ ist keine</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/evaluation_texts.py" line="224"/>
        <source>an ESA score of the whole translation (0–100)</source>
        <translation>eine ESA-Bewertung der ganzen Übersetzung (0–100)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="133"/>
        <source>{major} major · {minor} minor · {neutral} neutral   {category} category · {delete} remove · {non_translation} not a translation   {word_left}/{word_right} word · {extend_left}/{extend_right} select · {extend_char_left}/{extend_char_right} character   {previous_sentence}/{next_sentence} sentence · {switch_side} source/target   ESA: {esa_down}/{esa_up} ±5 · {esa_down_1}/{esa_up_1} ±1 · {esa_0}…{esa_90} = 0…90   {submit} submit · {back} back</source>
        <translation>{major} schwer · {minor} leicht · {neutral} neutral   {category} Kategorie · {delete} entfernen · {non_translation} keine Übersetzung   {word_left}/{word_right} Wort · {extend_left}/{extend_right} markieren · {extend_char_left}/{extend_char_right} Zeichen   {previous_sentence}/{next_sentence} Satz · {switch_side} Ausgang/Ziel   ESA: {esa_down}/{esa_up} ±5 · {esa_down_1}/{esa_up_1} ±1 · {esa_0}…{esa_90} = 0…90   {submit} senden · {back} zurück</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="143"/>
        <source>{major} major · {minor} minor · {neutral} neutral   {category} category · {delete} remove · {non_translation} not a translation   {word_left}/{word_right} word · {extend_left}/{extend_right} select · {extend_char_left}/{extend_char_right} character   {previous_sentence}/{next_sentence} sentence · {switch_side} source/target   {submit} submit · {back} back</source>
        <translation>{major} schwer · {minor} leicht · {neutral} neutral   {category} Kategorie · {delete} entfernen · {non_translation} keine Übersetzung   {word_left}/{word_right} Wort · {extend_left}/{extend_right} markieren · {extend_char_left}/{extend_char_right} Zeichen   {previous_sentence}/{next_sentence} Satz · {switch_side} Ausgang/Ziel   {submit} senden · {back} zurück</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="163"/>
        <source>Source ({language})</source>
        <translation>Ausgangstext ({language})</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="163"/>
        <source>Source</source>
        <translation>Ausgangstext</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="167"/>
        <source>Summary ({language})</source>
        <translation>Zusammenfassung ({language})</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="167"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="169"/>
        <source>{source} source and {target} summary sentences</source>
        <translation>{source} Ausgangssätze und {target} Sätze der Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="172"/>
        <source>Target ({language})</source>
        <translation>Übersetzung ({language})</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="172"/>
        <source>Target</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="174"/>
        <source>{source} source and {target} target sentences</source>
        <translation>{source} Ausgangssätze und {target} Zielsätze</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="176"/>
        <source>{source_side}  →  {target_side}   ·   {counts}</source>
        <translation>{source_side}  →  {target_side}   ·   {counts}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="258"/>
        <source>Row {row} has no source sentence.</source>
        <translation>Zeile {row} hat keinen Ausgangssatz.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="260"/>
        <source>Row {row} has no target sentence.</source>
        <translation>Zeile {row} hat keinen Zielsatz.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="305"/>
        <source>Not changed: {reason}.</source>
        <translation>Nicht geändert: {reason}.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="320"/>
        <source>Nothing to mark here: this sentence is empty.</source>
        <translation>Hier ist nichts zu markieren: Dieser Satz ist leer.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="325"/>
        <source>No error marked: {reason}.</source>
        <translation>Kein Fehler markiert: {reason}.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="330"/>
        <source>Major error</source>
        <translation>Schwerer Fehler</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="330"/>
        <source>Minor error</source>
        <translation>Leichter Fehler</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="330"/>
        <source>Neutral error</source>
        <translation>Neutraler Fehler</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="348"/>
        <source>No error here: select words and press {keys} first.</source>
        <translation>Hier ist kein Fehler: Markieren Sie zuerst Wörter und drücken Sie {keys}.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="354"/>
        <source>Category of {error} “{text}” ({place}):</source>
        <translation>Kategorie für {error} „{text}“ ({place}):</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="376"/>
        <source>Category {category}</source>
        <translation>Kategorie {category}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="389"/>
        <source>No error at the caret or in the selection to remove.</source>
        <translation>Kein Fehler am Cursor oder in der Auswahl zum Entfernen.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="394"/>
        <source>Remove error</source>
        <translation>Fehler entfernen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="400"/>
        <source>Row {row} has no target sentence to mark as not translated.</source>
        <translation>Zeile {row} hat keinen Zielsatz, der als nicht übersetzt markiert werden kann.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="405"/>
        <source>Not a translation</source>
        <translation>Keine Übersetzung</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="410"/>
        <source>This package asks no ESA score.</source>
        <translation>Dieses Paket verlangt keine ESA-Bewertung.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="415"/>
        <location filename="../../annotator/ui/editors/translation.py" line="419"/>
        <source>ESA score</source>
        <translation>ESA-Bewertung</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="433"/>
        <source>Not yet submitted — still needed: {needed}. The caret is on it: {key} chooses one.</source>
        <translation>Noch nicht gesendet — es fehlt noch: {needed}. Der Cursor steht darauf: {key} wählt eine.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="435"/>
        <source>Not yet submitted — still needed: {needed}.</source>
        <translation>Noch nicht gesendet — es fehlt noch: {needed}.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/translation.py" line="444"/>
        <source>Check translation</source>
        <translation>Übersetzung prüfen</translation>
    </message>
</context>
</TS>
