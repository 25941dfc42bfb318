"""The bundled sample corpus and the offline run over it (``python -m newsspider.sample``)."""
