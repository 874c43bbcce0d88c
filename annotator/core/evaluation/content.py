"""What an evaluation item shows, read from its `content`: prompts as chat turns, responses, segments, results.

Shapes (`package-v1`'s `$defs`, checked before these run):

- pairwise:    {"prompt": str | [{"role", "content"}], "responses": [{"id", "text", "system"?}, ...] (2-9)}
- rating:      {"prompt"?: ..., "response": str, "system"?} or, for search relevance,
               {"query": str, "results": [{"id", "title", "snippet"?, "url"?}, ...]}
- translation: {"source": [sentence, ...], "target": [sentence, ...], "source_lang"?, "target_lang"?,
                "task"?: "translation" | "summary", "system"?, "doc"?}; a translation has as many target
               sentences as source ones, a summary any number
- rewrite:     {"prompt"?: ..., "response": str, "system"?}
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# A response is read by a person: 200,000 characters is a long chapter (the instructions' own limit).
MAX_TEXT_CHARS = 200_000


@dataclass(frozen=True)
class Turn:
    """One message of a prompt: who said it (user, assistant or system) and what."""

    role: str
    content: str


@dataclass(frozen=True)
class Response:
    """One candidate answer; `system` (the model that wrote it) is never shown to the annotator."""

    id: str
    text: str
    system: str | None = None


@dataclass(frozen=True)
class SearchResult:
    """One result of a search-relevance item."""

    id: str
    title: str
    snippet: str = ""
    url: str | None = None


def prompt_turns(content: dict[str, Any] | None) -> list[Turn]:
    """The prompt as chat turns (a plain-text prompt is one user turn; none is an empty list)."""
    prompt = (content or {}).get("prompt")
    if prompt is None:
        return []
    if isinstance(prompt, str):
        return [Turn("user", prompt)]
    return [Turn(turn["role"], turn["content"]) for turn in prompt]


def is_chat(content: dict[str, Any] | None) -> bool:
    """Whether the prompt is a multi-turn chat (a list of turns) rather than plain text."""
    return isinstance((content or {}).get("prompt"), list)


def prompt_text(content: dict[str, Any] | None) -> str:
    """The prompt as one string: plain text as given, a chat as 'role: content' paragraphs."""
    prompt = (content or {}).get("prompt")
    if prompt is None or isinstance(prompt, str):
        return prompt or ""
    return "\n\n".join(f"{turn.role}: {turn.content}" for turn in prompt_turns(content))


def responses(content: dict[str, Any] | None) -> list[Response]:
    """A pairwise item's candidate responses, in package order."""
    return [
        Response(spec["id"], spec["text"], spec.get("system")) for spec in (content or {}).get("responses", [])
    ]


def response_text(content: dict[str, Any] | None) -> str:
    """The one response of a rating or rewrite item."""
    return (content or {}).get("response", "")


def is_search(content: dict[str, Any] | None) -> bool:
    """Whether a rating item is a search-relevance one (a query and its results)."""
    return "query" in (content or {})


def search_results(content: dict[str, Any] | None) -> list[SearchResult]:
    """A search-relevance item's results, in the order the engine gave them."""
    return [
        SearchResult(spec["id"], spec["title"], spec.get("snippet", ""), spec.get("url"))
        for spec in (content or {}).get("results", [])
    ]


def segments(content: dict[str, Any] | None, side: str) -> list[str]:
    """A translation item's sentences on one side ('source' or 'target')."""
    return list((content or {}).get(side, []))


def is_summary(content: dict[str, Any] | None) -> bool:
    """Whether a translation item checks a summary (target sentences need not pair with source ones)."""
    return (content or {}).get("task") == "summary"


def content_problems(kind: str, content: dict[str, Any]) -> list[str]:
    """What a schema cannot say about an item's content: unique ids, paired sentences, text sizes."""
    problems: list[str] = []
    if kind == "pairwise":
        ids = [response.id for response in responses(content)]
        if len(ids) != len(set(ids)):
            problems.append("two responses have the same id")
        texts = [response.text for response in responses(content)]
    elif kind == "rating" and is_search(content):
        ids = [result.id for result in search_results(content)]
        if len(ids) != len(set(ids)):
            problems.append("two results have the same id")
        texts = [content["query"]] + [result.snippet for result in search_results(content)]
    elif kind == "translation":
        source, target = segments(content, "source"), segments(content, "target")
        if not is_summary(content) and len(source) != len(target):
            problems.append(
                f"a translation needs one target sentence per source sentence ({len(source)} source, {len(target)} target);"
                " set \"task\": \"summary\" for a summary"
            )
        texts = source + target
    else:
        texts = [response_text(content)]
    texts += [turn.content for turn in prompt_turns(content)]
    longest = max((len(text) for text in texts), default=0)
    if longest > MAX_TEXT_CHARS:
        problems.append(f"a text of {longest:,} characters is longer than the limit of {MAX_TEXT_CHARS:,}")
    return problems
