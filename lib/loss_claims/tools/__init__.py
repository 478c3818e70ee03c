"""The machinery around the library: you do not need to open this to add a chart.

* ``runner`` and ``_child``: run the notebook sequence with papermill; ``params``: the notebooks'
  parameters; ``safety``: where a run may write, and its lock;
* ``report`` and ``explorer``: the offline HTML report and claim explorer, on one page frame (``page``);
* ``register`` (add-document), ``draft`` (the curation assistant), ``codebook``;
* ``cli``: ``python -m loss_claims …``.
"""
