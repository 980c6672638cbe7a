//! args: --lang en
// English twin of requete_sql: a typed SQL query with its {param} slots is
// declared and checked, not run; reaching it is a runtime error (9400).
qry is an SQL query =
[
	DELETE FROM Filter WHERE IDFolder={pIDFolder}
]
Trace("never")
