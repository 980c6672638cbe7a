package runtime

import "github.com/wlangage/wl/parser"

// GOTO (doc 1510005): `GOTO Nom` runs the code after the label `Nom :` of
// the same traitement, then the lines that follow it. wl takes labels at
// the traitement's own level (not inside a block); a GOTO may stand
// anywhere in the traitement, inside loops and SI included.

// Codes of the GOTO diagnostics (the compiler's range).
const (
	codeGotoLabel  = 9475 // unknown, duplicate or misplaced label
	codeGotoUnused = 9476 // warning: a label no GOTO uses (doc 1510005)
)

// ctlGoto ends the statements between a GOTO and the traitement's level,
// which then runs the label's segment (its index is in frame.levels).
const ctlGoto ctl = 200

// gotoState holds, for each traitement being compiled, its labels (the
// index of the segment each one starts) and which ones a GOTO uses.
type gotoState struct {
	labels map[*procBuild]map[string]int
	used   map[*procBuild]map[string]bool
}

// gotoBlock compiles a traitement's body that holds labels: the body is
// cut into segments at its labels; a GOTO returns ctlGoto with the target
// segment, and the segments run in order from there. ok is false when the
// body has no label.
func (c *compiler) gotoBlock(b *procBuild, body []parser.Stmt) (stmtFn, bool) {
	var cuts []int
	for i, s := range body {
		if _, ok := s.(*parser.GotoLabel); ok {
			cuts = append(cuts, i)
		}
	}
	if len(cuts) == 0 {
		return nil, false
	}
	if c.gotos == nil {
		c.gotos = &gotoState{labels: map[*procBuild]map[string]int{}, used: map[*procBuild]map[string]bool{}}
	}
	labels := map[string]int{}
	c.gotos.labels[b], c.gotos.used[b] = labels, map[string]bool{}
	for k, i := range cuts {
		l := body[i].(*parser.GotoLabel)
		if _, dup := labels[l.Name.Key]; dup {
			c.errorf(l.P, codeGotoLabel, "L'étiquette « "+c.spell(l.Name)+" » est déjà déclarée dans ce traitement", "The label '"+c.spell(l.Name)+"' is already declared in this process")
			continue
		}
		labels[l.Name.Key] = k + 1
	}
	segs := []stmtFn{c.block(b, body[:cuts[0]], false)}
	for k, i := range cuts {
		end := len(body)
		if k+1 < len(cuts) {
			end = cuts[k+1]
		}
		segs = append(segs, c.block(b, body[i+1:end], false))
	}
	for k, i := range cuts {
		l := body[i].(*parser.GotoLabel)
		if !c.gotos.used[b][l.Name.Key] && labels[l.Name.Key] == k+1 {
			c.warnf(l.P, codeGotoUnused, "L'étiquette « "+c.spell(l.Name)+" » n'est utilisée par aucun GOTO", "The label '"+c.spell(l.Name)+"' is used by no GOTO")
		}
	}
	start := body[cuts[0]].Position()
	return func(f *frame) ctl {
		for i := 0; i < len(segs); {
			r := segs[i](f)
			if r == ctlGoto {
				f.run.tick(start)
				i, f.levels = f.levels, 0
				continue
			}
			if r != ctlNone {
				return r
			}
			i++
		}
		return ctlNone
	}, true
}

// gotoStmt compiles GOTO (to a label of the traitement being compiled)
// and reports a label met inside a block.
func (c *compiler) gotoStmt(b *procBuild, s parser.Stmt) stmtFn {
	switch s := s.(type) {
	case *parser.GotoLabel:
		c.errorf(s.P, codeGotoLabel, "L'étiquette « "+c.spell(s.Name)+" » doit être au niveau du traitement, pas dans un bloc", "The label '"+c.spell(s.Name)+"' must be at the level of the process, not inside a block")
	case *parser.Goto:
		var seg int
		if c.gotos != nil {
			seg = c.gotos.labels[b][s.Label.Key]
		}
		if seg == 0 {
			c.errorf(s.Label.P, codeGotoLabel, "Étiquette « "+c.spell(s.Label)+" » inconnue dans ce traitement", "Unknown label '"+c.spell(s.Label)+"' in this process")
			return nil
		}
		c.gotos.used[b][s.Label.Key] = true
		return func(f *frame) ctl { f.levels = seg; return ctlGoto }
	}
	return nil
}
