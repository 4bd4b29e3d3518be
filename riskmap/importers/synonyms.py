"""Column headers of foreign registers in English, French and Spanish, and how to match them."""

from __future__ import annotations

from riskmap.importers.cells import normalise

# Field -> header words (any case, with or without accents).
_FIELDS: dict[str, tuple[str, ...]] = {
    "code": ("id", "code", "ref", "reference", "no", "n°", "nº",
             "numero", "risk id", "risk code", "risk no", "id risque", "code risque",
             "n° risque", "id riesgo", "codigo", "codigo riesgo", "n° riesgo"),
    "risk": ("risk", "risks", "risk statement", "risk description", "description of the risk",
             "corruption risk", "description", "risque", "risques", "description du risque",
             "enonce du risque", "risque de corruption", "libelle du risque", "riesgo",
             "riesgos", "descripcion del riesgo", "riesgo de corrupcion", "descripcion"),
    "process": ("process", "processus", "proceso", "procedure", "procedimiento"),
    "stage": ("stage", "step", "process step", "process stage", "activity", "phase",
              "etape", "etape du processus", "activite", "etapa", "fase", "actividad",
              "etapa del proceso", "paso"),
    "corruption_type": ("corruption type", "type of corruption", "type de corruption",
                        "tipo de corrupcion"),
    "actors": ("actors", "actor", "actors involved", "acteurs", "acteur", "actores"),
    "enabling": ("enabling factors", "causes", "cause", "facteurs favorisants", "causas",
                 "factores facilitadores"),
    "consequences": ("consequences", "consequence", "effects", "effect", "consecuencias",
                     "consecuencia", "efectos", "effets"),
    "controls": ("existing controls", "controls", "current controls", "controles existants",
                 "controles", "mesures existantes", "dispositif de controle",
                 "controles existentes"),
    "evidence": ("source of evidence", "evidence", "source", "sources", "source de preuve",
                 "preuves", "fuente", "fuentes", "fuente de evidencia", "evidencia"),
    "risk_owner": ("risk owner", "proprietaire du risque", "responsable du risque",
                   "propietario del riesgo", "responsable del riesgo"),
    "owner": ("owner", "responsible", "responsable", "proprietaire", "propietario",
              "responsable de la mesure", "responsable de la medida", "measure owner",
              "action owner", "pilote"),
    "measure": ("measure", "measures", "mitigation measure", "mitigation measures",
                "mitigation", "action", "actions", "action plan", "planned measure",
                "mesure", "mesures", "mesure d attenuation", "mesures d attenuation",
                "action corrective", "plan d action", "medida", "medidas",
                "medida de mitigacion", "medidas de mitigacion", "accion", "acciones",
                "plan de accion"),
    "key_factor": ("key factor", "key factors", "key factor s", "arusha key factor",
                   "facteur cle", "facteurs cles", "factor clave", "factores clave"),
    "deadline": ("deadline", "due date", "due", "target date", "echeance", "date limite",
                 "delai", "date d echeance", "plazo", "fecha limite", "fecha de vencimiento",
                 "vencimiento"),
    "status": ("status", "statut", "etat", "etat d avancement", "estado", "situacion"),
    "progress": ("progress", "progress %", "% complete", "avancement", "avancement %",
                 "progres", "progreso", "avance", "% avance", "% de avance"),
}

_LIKELIHOOD = ("likelihood", "probability", "l", "p", "probabilite", "vraisemblance",
               "frequence", "occurrence", "probabilidad", "frecuencia", "ocurrencia")
_IMPACT = ("impact", "i", "severity", "gravity", "gravite", "severite", "impacto", "gravedad",
           "severidad")
_QUALIFIERS = {
    "inherent": ("inherent", "gross", "inherente", "brut", "brute", "bruto", "bruta"),
    "residual": ("residual", "net", "current", "residuel", "residuelle", "nette", "neto",
                 "neta", "actual"),
    "target": ("target", "cible", "objetivo", "meta", "vise", "visee"),
}


def _build() -> dict[str, str]:
    table: dict[str, str] = {}
    for key, words in _FIELDS.items():
        for word in words:
            table.setdefault(normalise(word), key)
    for axis, words in (("likelihood", _LIKELIHOOD), ("impact", _IMPACT)):
        for word in words:
            # A likelihood without a qualifier is the risk as it stands: residual.
            table.setdefault(normalise(word), f"residual.{axis}")
            for kind, qualifiers in _QUALIFIERS.items():
                for qualifier in qualifiers:
                    for form in (f"{qualifier} {word}", f"{word} {qualifier}"):
                        table.setdefault(normalise(form), f"{kind}.{axis}")
    return table


SYNONYMS = _build()
# A header may add words after a known name ("Likelihood (1-5)"): the longest name wins.
PREFIX_MIN = 4


def field_of(header: object) -> str | None:
    """The field a column header names, or None."""
    name = normalise(header)
    if not name:
        return None
    if name in SYNONYMS:
        return SYNONYMS[name]
    words = name.split()
    for length in range(len(words) - 1, 0, -1):
        candidate = " ".join(words[:length])
        if len(candidate) >= PREFIX_MIN and candidate in SYNONYMS:
            return SYNONYMS[candidate]
    return None


def map_headers(headers: list[object]) -> dict[str, int]:
    """Field -> 1-based column for one header row; the first column naming a field wins."""
    found: dict[str, int] = {}
    for column, header in enumerate(headers, start=1):
        key = field_of(header) if header is not None else None
        if key is not None and key not in found:
            found[key] = column
    return found
