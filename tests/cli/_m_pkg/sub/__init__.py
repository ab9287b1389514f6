# A package without __main__.py: `baton -m _m_pkg.sub` refuses it.
