// Un texte qui n'est pas du JSON : une erreur qui dit où (doc 1000021052).
v est un Variant = JSONVersVariant("{""a"": [1, 2, ]}")
