"""Content of the training app: the learning modules (one file each in `learning/`), regency
centroids for class proposals and the published anchors of the programme figures."""

from typing import Any

from siapekspor.training.content.learning import MODULES

__all__ = ["ANCHORS", "MODULES", "REGENCY_CENTROIDS"]

# Approximate centroids (latitude, longitude) of Lampung's regencies and cities, for the
# distance reason of class proposals (straight-line kilometres between centroids).
REGENCY_CENTROIDS = {
    "18.01": (-5.55, 105.55),
    "18.02": (-5.35, 104.60),
    "18.03": (-4.95, 104.85),
    "18.04": (-5.05, 104.30),
    "18.05": (-4.45, 105.30),
    "18.06": (-5.30, 105.70),
    "18.07": (-4.90, 105.25),
    "18.08": (-4.45, 104.60),
    "18.09": (-5.45, 105.10),
    "18.10": (-5.35, 104.95),
    "18.11": (-4.10, 105.50),
    "18.12": (-4.45, 105.10),
    "18.13": (-5.15, 103.95),
    "18.71": (-5.43, 105.26),
    "18.72": (-5.11, 105.31),
}

# Published anchors for the conversion from coaching to first export.
ANCHORS: list[dict[str, Any]] = [
    {
        "key": "sumbar-2023",
        "first_exporters": 16,
        "participants": 30,
        "source": "West Sumatra export coaching 2023 (DOMAIN.md)",
    },
    {
        "key": "lpei-jatim",
        "first_exporters": 50,
        "participants": 604,
        "source": "LPEI Coaching Program for New Exporters, East Java, by 2022 (DOMAIN.md)",
    },
]
