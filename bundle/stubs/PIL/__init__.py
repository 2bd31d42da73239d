"""A stand-in for Pillow inside the bundle only (see build.spec).

reportlab imports `PIL.Image` at start, but the app's reports hold no bitmaps: no code path opens, draws
or saves an image. Pillow with the image libraries it links (libjpeg, libtiff, openjpeg, libxcb, libXau:
about 6 MB) would only be carried around. The bundle's self-test writes every report in three languages
through this stand-in, so a report that starts needing images fails there, not in a ministry.
"""
