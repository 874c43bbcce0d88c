"""The demo package's AI-output evaluation items (compare, rate, check a translation, rewrite) and their settings."""

from __future__ import annotations

from typing import Any

# Each item plants faults a careful annotator can find (a subtly wrong answer, a mistranslated number,
# an omission, a missing full stop, a double negative). The `system` fields name invented models:
# they are never shown, but the exports and the lead's ranking of systems need them.
SETTINGS: dict[str, dict[str, Any]] = {
    "pairwise": {
        "criteria": ["helpfulness", "correctness", "safety"],
        "strength": True,
        # The demo is for trying the keys quickly; a real campaign would ask for a rationale.
        "rationale_min_chars": 0,
    },
    "rating": {
        "flags": [
            {"name": "hallucination", "description": "States something as fact that is not true", "key": "H"},
            {"name": "harmful", "description": "Gives advice that could hurt someone", "key": "X"},
            {"name": "refusal", "description": "Refuses a reasonable request", "key": "R"},
        ],
        "allow_na": True,
        "confidence_levels": 3,
    },
    "translation": {"esa": True},
    "rewrite": {"require_category": False},
}

PAIRWISE: list[dict[str, Any]] = [
    {
        "id": "pw-en-01",
        "lang": "en",
        "content": {
            "prompt": "How do I get a reversed copy of a Python list without changing the original?",
            "responses": [
                {
                    "id": "r1",
                    "system": "atlas-7b",
                    "text": (
                        "Use slicing, which builds a **new** list:\n\n"
                        "```python\n"
                        "numbers = [1, 2, 3]\n"
                        "backwards = numbers[::-1]\n"
                        "print(backwards)  # [3, 2, 1]\n"
                        "print(numbers)    # [1, 2, 3], unchanged\n"
                        "```\n\n"
                        "`list(reversed(numbers))` does the same and may read more plainly."
                    ),
                },
                {
                    "id": "r2",
                    "system": "lumen-2",
                    "text": (
                        "Call `reverse()` and keep what it returns:\n\n"
                        "```python\n"
                        "numbers = [1, 2, 3]\n"
                        "backwards = numbers.reverse()\n"
                        "print(backwards)  # [3, 2, 1]\n"
                        "```\n\n"
                        "The original list stays as it was."
                    ),
                },
            ],
        },
    },
    {
        "id": "pw-en-02",
        "lang": "en",
        "content": {
            "prompt": [
                {"role": "system", "content": "You are a friendly travel assistant. Keep answers short."},
                {"role": "user", "content": "I'm visiting Lisbon for three days in March. Is it warm enough to swim?"},
                {
                    "role": "assistant",
                    "content": (
                        "March in Lisbon is mild, usually 15–19 °C in the afternoon, but the Atlantic is cold "
                        "then, around 15 °C. Most people only paddle."
                    ),
                },
                {"role": "user", "content": "OK, so what should I pack?"},
            ],
            "responses": [
                {
                    "id": "r1",
                    "system": "atlas-7b",
                    "text": (
                        "- A light **waterproof jacket**: March often brings showers.\n"
                        "- **Layers**: a sweater for the evenings, which can drop to about 10 °C.\n"
                        "- **Shoes with grip**: the hills and the polished stone pavements (*calçada*) "
                        "get slippery in the rain.\n\n"
                        "Leave the swimsuit at home unless your hotel has a heated pool."
                    ),
                },
                {
                    "id": "r2",
                    "system": "lumen-2",
                    "text": (
                        "Pack for summer: shorts, sandals and plenty of sunscreen. Lisbon is warm all year "
                        "round, so you won't need a jacket, and the beaches at Cascais are perfect for a swim."
                    ),
                },
            ],
        },
    },
    {
        "id": "pw-it-01",
        "lang": "it",
        "content": {
            "prompt": "Scrivi una breve email a Marta per spostare la riunione di lunedì a mercoledì.",
            "responses": [
                {
                    "id": "r1",
                    "system": "lumen-2",
                    "text": (
                        "**Oggetto:** Riunione di lunedì\n\n"
                        "Gentile Marta,\n\n"
                        "le scrivo per comunicarle che lunedì non potrò essere presente alla riunione. "
                        "Mi farò sentire per fissare una nuova data.\n\n"
                        "Cordiali saluti,\n"
                        "Luca Bianchi"
                    ),
                },
                {
                    "id": "r2",
                    "system": "atlas-7b",
                    "text": (
                        "**Oggetto:** Spostamento riunione a mercoledì\n\n"
                        "Ciao Marta,\n\n"
                        "potremmo spostare la riunione di lunedì a mercoledì, alla stessa ora? Lunedì ho un "
                        "impegno che non posso rimandare. Se mercoledì non ti va bene, dimmi tu un orario.\n\n"
                        "Grazie e a presto,\n"
                        "Luca"
                    ),
                },
            ],
        },
    },
    {
        "id": "pw-de-01",
        "lang": "de",
        "content": {
            "prompt": "Erkläre in zwei Sätzen, warum der Himmel blau ist.",
            "responses": [
                {
                    "id": "r1",
                    "system": "atlas-7b",
                    "text": (
                        "Sonnenlicht wird an den Molekülen der Luft gestreut, kurzwelliges blaues Licht dabei "
                        "viel stärker als rotes (*Rayleigh-Streuung*). Deshalb erreicht uns aus allen Richtungen "
                        "des Himmels vor allem blaues Licht."
                    ),
                },
                {
                    "id": "r2",
                    "system": "lumen-2",
                    "text": (
                        "Der Himmel ist blau, weil sich das Meer in ihm spiegelt. Über großen Wüsten wirkt er "
                        "deshalb eher blass."
                    ),
                },
            ],
        },
    },
    {
        # Three answers: ranked by typing rank digits, ties allowed.
        "id": "pw-en-03",
        "lang": "en",
        "content": {
            "prompt": "In one sentence, explain to a beginner what a hash table is.",
            "responses": [
                {
                    "id": "r1",
                    "system": "atlas-7b",
                    "text": (
                        "A hash table stores values under keys and finds any key in about the same time, "
                        "however many there are, by turning the key into a position with a *hash function*."
                    ),
                },
                {
                    "id": "r2",
                    "system": "lumen-2",
                    "text": "A hash table is a sorted list that you search by halving it again and again.",
                },
                {
                    "id": "r3",
                    "system": "kestrel-13b",
                    "text": (
                        "It's like a coat check: you hand over your coat, get a ticket saying exactly which "
                        "hook it is on, and can fetch it straight away without searching the whole rack."
                    ),
                },
            ],
        },
    },
]

RATING: list[dict[str, Any]] = [
    {
        "id": "rt-en-01",
        "lang": "en",
        "content": {
            "prompt": "Why does pasta take longer to cook at the top of a high mountain?",
            "system": "atlas-7b",
            "response": (
                "Air pressure falls as you climb, and water boils at a lower temperature when the pressure is "
                "lower. On the summit of Mount Everest (8,849 m) the pressure is about **half** of that at sea "
                "level, so water boils at roughly 70 °C instead of 100 °C.\n\n"
                "Pasta cooks by the heat of the water, not by the bubbling, so at 70 °C it needs much longer. "
                "A pressure cooker fixes this: it raises the pressure, and with it the boiling point."
            ),
        },
    },
    {
        "id": "rt-de-01",
        "lang": "de",
        "content": {
            "prompt": "Wie lange muss ein Ei kochen, damit das Eigelb noch weich ist?",
            "system": "lumen-2",
            "response": (
                "Für ein weiches Ei (Größe M, direkt aus dem Kühlschrank) rechnet man etwa **6 Minuten** ab dem "
                "Moment, in dem es ins sprudelnd kochende Wasser kommt. Danach kurz kalt abschrecken, damit es "
                "nicht nachgart.\n\n"
                "| Kochzeit | Ergebnis |\n"
                "|---|---|\n"
                "| 4 Minuten | Eiweiß noch flüssig |\n"
                "| 6 Minuten | Eiweiß fest, Eigelb weich |\n"
                "| 10 Minuten | hart gekocht |"
            ),
        },
    },
    {
        # Search relevance: the query and what an engine returned, graded result by result.
        "id": "rt-it-01",
        "lang": "it",
        "content": {
            "query": "orari museo egizio torino domenica",
            "system": "ricerca-beta",
            "results": [
                {
                    "id": "res-1",
                    "title": "Museo Egizio – Orari e biglietti",
                    "snippet": "Aperto tutti i giorni, domenica compresa, dalle 9:00 alle 18:30. "
                    "La biglietteria chiude un'ora prima.",
                    "url": "https://www.museo-egizio.example/it/visita/orari",
                },
                {
                    "id": "res-2",
                    "title": "Le 10 cose da vedere a Torino in un weekend",
                    "snippet": "Dalla Mole Antonelliana al Museo Egizio, un itinerario di due giorni nel centro.",
                    "url": "https://viaggi.example/torino-10-cose",
                },
                {
                    "id": "res-3",
                    "title": "Museo Egizio: apertura serale straordinaria domenica",
                    "snippet": "Questa domenica il museo resta aperto fino alle 22:00, con ingresso ridotto dopo "
                    "le 18:00.",
                    "url": "https://notizie-torino.example/museo-egizio-apertura-serale",
                },
                {
                    "id": "res-4",
                    "title": "Museo Egizio del Cairo – Informazioni per i visitatori",
                    "snippet": "Il museo di piazza Tahrir è aperto dalle 9 alle 17; il venerdì chiude a mezzogiorno.",
                    "url": "https://cairo-guida.example/museo-egizio",
                },
            ],
        },
    },
]

TRANSLATION: list[dict[str, Any]] = [
    {
        # A wrong time, an omission, a missing full stop; an emoji of two code points (🎟 + VS16).
        "id": "tr-en-it-01",
        "lang": "it",
        "content": {
            "source_lang": "en",
            "target_lang": "it",
            "system": "mt-borealis",
            "doc": "museum-visit",
            "source": [
                "The museum opens at 9 a.m. and closes at 6 p.m. on weekdays.",
                "Tickets bought online are valid for the whole day.",
                "Children under six get in for free 🎟️.",
            ],
            "target": [
                "Il museo apre alle 9 e chiude alle 16 nei giorni feriali.",
                "I biglietti sono validi per tutta la giornata.",
                "I bambini sotto i sei anni entrano gratis 🎟️",
            ],
        },
    },
    {
        # A number mistranslated (fifteen -> fifty) and a slip of register (Sie, then du).
        "id": "tr-en-de-01",
        "lang": "de",
        "content": {
            "source_lang": "en",
            "target_lang": "de",
            "system": "mt-borealis",
            "doc": "cabin-announcement",
            "source": [
                "Please keep your seatbelt fastened while the sign is on.",
                "Our flight time to Munich is about one hour and fifteen minutes.",
                "We wish you a pleasant flight.",
            ],
            "target": [
                "Bitte lassen Sie Ihren Sicherheitsgurt geschlossen, solange das Zeichen leuchtet.",
                "Unsere Flugzeit nach München beträgt etwa eine Stunde und fünfzig Minuten.",
                "Wir wünschen dir einen angenehmen Flug.",
            ],
        },
    },
    {
        # A wrong month and an omission (where the books go back).
        "id": "tr-de-en-01",
        "lang": "en",
        "content": {
            "source_lang": "de",
            "target_lang": "en",
            "system": "mt-cirrus",
            "doc": "library-notice",
            "source": [
                "Die Bibliothek bleibt wegen Renovierungsarbeiten bis Ende Mai geschlossen.",
                "Ausgeliehene Bücher können im Rathaus zurückgegeben werden.",
                "Die Leihfrist wird automatisch um vier Wochen verlängert.",
                "Wir bitten um Ihr Verständnis.",
            ],
            "target": [
                "The library will stay closed for renovation work until the end of March.",
                "Borrowed books can be returned.",
                "The loan period is automatically extended by four weeks.",
                "Thank you for your understanding.",
            ],
        },
    },
    {
        # A summary: its sentences need not pair with the source's. "all traffic" is not what the source says.
        "id": "tr-en-sum-01",
        "lang": "en",
        "content": {
            "task": "summary",
            "source_lang": "en",
            "target_lang": "en",
            "system": "atlas-7b",
            "doc": "old-bridge",
            "source": [
                "The city council voted on Tuesday to close the Old Bridge to cars from 1 September.",
                "Buses, bicycles and pedestrians will still be able to cross.",
                "The decision follows an engineering report that found cracks in two of the bridge's five arches.",
                "Repairs are expected to take eighteen months and to cost 4.2 million euros.",
            ],
            "target": [
                "From 1 September the Old Bridge will be closed to all traffic because of cracks in its arches.",
                "Repairs should take a year and a half.",
            ],
        },
    },
]

REWRITE: list[dict[str, Any]] = [
    {
        "id": "rw-en-01",
        "lang": "en",
        "content": {
            "prompt": "Who was the first person to walk on the Moon, and when?",
            "system": "lumen-2",
            "response": (
                "The first Moon landing was **Apollo 11**, on 20 July 1969. Buzz Aldrin stepped onto the surface "
                "first, and Neil Armstrong followed him about twenty minutes later."
            ),
        },
    },
    {
        "id": "rw-it-01",
        "lang": "it",
        "content": {
            "prompt": "Quanti sono i pianeti del sistema solare?",
            "system": "atlas-7b",
            "response": (
                "Il sistema solare ha nove pianeti: Mercurio, Venere, Terra, Marte, Giove, Saturno, Urano, "
                "Nettuno e Plutone. Il più grande è Giove, il più piccolo è Plutone."
            ),
        },
    },
    {
        "id": "rw-de-01",
        "lang": "de",
        "content": {
            "prompt": "Schreibe eine kurze Abwesenheitsnotiz für die Woche vom 3. bis 7. März.",
            "system": "kestrel-13b",
            "response": (
                "Vielen Dank für Ihre Nachricht. Ich bin vom 3. bis 7. März nicht im Büro und habe keinen Zugriff "
                "auf meine E-Mails nicht. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Anna Weber "
                "(anna.weber@example.com). Ab dem 10. März bin ich wieder für Sie erreichbar."
            ),
        },
    },
]

INSTRUCTIONS = """\

## Compare answers
Read the prompt (or the conversation so far), then the answers. For each
criterion (**helpfulness**, **correctness**, **safety**) say which answer is
better, or that they are as good; then give your overall choice and how much
better it is. Choose **both bad** when neither answer would do. Tick the reasons
that apply. The answers come in a shuffled order and who wrote them is hidden:
judge the text alone. One item has three answers: rank them (ties allowed).

## Rate an answer
Rate the answer on each row of the rubric; what each point means is shown when
it has the focus. Use N/A when a row does not apply, and say how sure you are.
Raise a flag when the answer states something untrue (**H**), could hurt
someone (**X**) or refuses a reasonable request (**R**). For a search query,
grade each result from 0 (irrelevant) to 3 (exactly what the query looks for).

## Check a translation or a summary
The source is beside the translation, sentence by sentence. Mark each error in
the translation: select the words, then give a severity (major, minor or
neutral) and a category such as *Accuracy/Mistranslation* or
*Fluency/Punctuation*. Mark what was left out on the source side, as an
omission. Then score the whole translation from 0 to 100. Check the summary the
same way: mark what it gets wrong or adds.

## Rewrite an answer
Correct the answer in place: fix what is wrong and smooth what reads badly;
leave what is fine. Your changes are shown as you type; tag an edit with a
category when that helps explain it.
"""

INTRO_BEFORE = "This package has three kinds of items. Work through them in order; your work is\nsaved as you go."
INTRO_AFTER = (
    "This package has seven kinds of items: boxes, transcripts and sentiment, then\n"
    "four ways of judging what an AI assistant wrote. Work through them in order;\n"
    "your work is saved as you go."
)


def build_evaluation() -> list[dict[str, Any]]:
    """The evaluation items in package order: comparisons, ratings, translation checks, rewrites."""
    items = []
    for kind, specs in (("pairwise", PAIRWISE), ("rating", RATING), ("translation", TRANSLATION), ("rewrite", REWRITE)):
        for spec in specs:
            items.append({"id": spec["id"], "kind": kind, "lang": spec["lang"], "content": spec["content"]})
    return items


def with_evaluation_instructions(instructions: str) -> str:
    """The demo's instructions with the evaluation kinds named in the opening and explained at the end."""
    return instructions.replace(INTRO_BEFORE, INTRO_AFTER, 1).rstrip("\n") + "\n" + INSTRUCTIONS
