"""Offline geodata: country shapes (Natural Earth) and the gazetteer's coordinates, loaded lazily.

In: nothing but the package data in ``geo/data/``. Out: `atlas()` (country rings at 1:110m and
1:50m, extents, label points) and `locate()` (a place's position and rough size), plus sphere
helpers (`sphere`) for longitudes that cross the antimeridian. Knows nothing of articles.
"""
