"""New projects: a blank one, or one built from a process template of the library."""

from __future__ import annotations

from riskmap.codes import FLOW_CODE, PROCESS_CODE, STAGE_CODE
from riskmap.library.content import Library
from riskmap.library.loading import builtin_library
from riskmap.model import Flow, Metadata, Process, Project, Stage, StageFlags
from riskmap.scales import DEFAULT_PROFILE_KEY, builtin_profile

UNTITLED = {
    "en": Metadata.model_fields["title"].default,
    "fr": "Cartographie des risques de corruption sans titre",
    "es": "Mapa de riesgos de corrupción sin título",
}
MAIN_PROCESS = {"en": "Main process", "fr": "Processus principal", "es": "Proceso principal"}


def _code(fmt: tuple[str, int], number: int) -> str:
    prefix, width = fmt
    return f"{prefix}{number:0{width}d}"


def blank_project(title: str | None = None, profile_key: str = DEFAULT_PROFILE_KEY,
                  lang: str = "en") -> Project:
    """A project with one empty process, ready for stages to be added."""
    process = Process(code=_code(PROCESS_CODE, 1), name=MAIN_PROCESS.get(lang, "Main process"))
    return Project(
        metadata=Metadata(title=title or UNTITLED.get(lang, UNTITLED["en"])),
        profile=builtin_profile(profile_key),
        processes=[process],
    )


def template_keys(library: Library | None = None) -> list[str]:
    """Keys of the process templates, in library order."""
    return [t.key for t in (library or builtin_library()).templates]


def project_from_template(key: str, lang: str = "en", profile_key: str = DEFAULT_PROFILE_KEY,
                          library: Library | None = None) -> Project:
    """A project with one process holding the template's stages and flows, named in `lang`.

    Stages carry their library key, default flags, description and actors. Positions are
    left empty: the map lays them out when it first shows them.
    """
    library = library or builtin_library()
    template = library.template(key)
    profile = builtin_profile(profile_key)
    stages: dict[str, Stage] = {}
    for number, entry in enumerate(template.stages, start=1):
        source = library.stage(entry.stage)
        stages[entry.id] = Stage(
            code=_code(STAGE_CODE, number),
            name=(entry.name or source.name).text(lang),
            description=source.description.text(lang) if source.description else "",
            library_key=source.key,
            actors=source.actors.text(lang),
            flags=StageFlags.model_validate(source.flags.model_dump()),
        )
    flows = [
        Flow(
            code=_code(FLOW_CODE, number),
            source=stages[flow.source].id,
            target=stages[flow.target].id,
            label=flow.label.text(lang) if flow.label else "",
        )
        for number, flow in enumerate(template.flows, start=1)
    ]
    name = template.name.text(lang)
    process = Process(
        code=_code(PROCESS_CODE, 1), name=name,
        description=template.description.text(lang) if template.description else "",
        stages=list(stages.values()), flows=flows,
    )
    return Project(metadata=Metadata(title=name), profile=profile, processes=[process])
