//! args: --projet wdc-constantes
// English keywords: the constants of a .wdc declaration code, written
// before the class block, are constants of the class (doc 6010006).
c is a CCompte(CCompte::MODE_SÛR)
Trace(CCompte::MODE_SÛR, c.Décrit())
Trace(CCompte::MODE_CLAIR)
Trace(CCompte::PORT_DÉFAUT)
