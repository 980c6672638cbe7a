package runtime

import "github.com/wlangage/wl/parser"

// CompileWith compiles a script together with library files: the code of
// a WinDev project's procedure collections, one parser.File per export
// file (see parser/wdexport). Their global procedures are callable from the
// script and from each other; their top-level statements (the declaration
// blocks of the collections: constants, global variables) run first, in
// the order of libs, and what they declare is visible everywhere, as the
// project's global declarations are in WinDev. Names and positions in a
// library are spelled from that library's own text.
func (e *Engine) CompileWith(script *parser.File, libs []*parser.File) (*Program, error) {
	merged := &parser.File{Name: script.Name, Src: script.Src}
	byName := make(map[string]*parser.File, len(libs))
	for _, l := range libs {
		merged.Main = append(merged.Main, l.Main...)
		merged.Procs = append(merged.Procs, l.Procs...)
		byName[l.Name] = l
	}
	merged.Main = append(merged.Main, script.Main...)
	merged.Procs = append(merged.Procs, script.Procs...)
	c := newCompiler(e, merged)
	c.libs = byName
	return c.compileProgram()
}

// fileOf returns the file a position's name refers to: a library's, or
// the script's.
func (c *compiler) fileOf(name string) *parser.File {
	if f, ok := c.libs[name]; ok {
		return f
	}
	return c.file
}
