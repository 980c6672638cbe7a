//! args: --lang en
// Interfaces in English (6010017): procedure prototypes, implements, an
// interface variable set with <-, Null for an object that does not conform.
Basket is an Interface
	PROCEDURE AddProduct(nCode)
	PROCEDURE Total() : int
END
WebBasket is a Class
	implements Basket
	m_tab is array of int
END
CPlain is a Class
	n is int
END
b is a Basket <- new WebBasket
b.AddProduct(3)
b.AddProduct(4)
Trace(b.Total(), b = Null)
o is a Basket <- new CPlain
Trace(o = Null)
PROCEDURE WebBasket.AddProduct(nCode)
Add(m_tab, nCode)
PROCEDURE WebBasket.Total()
RESULT m_tab.Count
