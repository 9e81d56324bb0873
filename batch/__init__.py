"""conecta-batch: accessibility for a whole metropolitan region, or every city of a country, without QGIS.

``python -m conecta.batch JOB.toml [--backend processes|dask] [--scheduler tcp://host:8786] [--out DIR]`` (with
the folder that holds the ``conecta`` plugin folder on ``PYTHONPATH``) reads the inputs a job file names
(:mod:`.job`) with GDAL (:mod:`.inputs`), routes the zones chunk by chunk on this machine's cores or on a Dask
cluster (:mod:`.backends`), keeps each chunk's result in a shard so that a killed run continues where it
stopped (:mod:`.shards`), and merges the shards into the zone table (:mod:`.runner`). It imports Conecta's core,
GDAL, numpy, scipy, pandas and (for Parquet) pyarrow; dask and distributed only with ``--backend dask``; never
QGIS.
"""
