//! args: --lang en
// Enumerations in English keywords (doc 1514067, 1510023, 2510082,
// 2510130, 1000020769).
MachineState is an Enumeration
	Running
	Stopped = "Machine stopped"
	Broken
	Failure = Broken
END

Station is a MachineState
Trace(Station..Name, Station = Running)
Station = Stopped
Trace(Station..Name, Station..Value)
Station = MachineState.Failure
Trace(Station..Name)
IF Station > Stopped THEN Trace("problem")

SWITCH Station
	CASE Running: Trace("running")
	CASE Broken: Trace("broken")
	OTHER CASE: Trace("?")
END

FOR EACH v OF MachineState
	Trace(v..Name, v..Value)
END

s is MachineState = EnumerationFromName(MachineState, "broken")
Trace(s..Name, EnumerationCheckName(MachineState, "Flying"))
Show(Running)

PROCEDURE Show(p is MachineState)
Trace("Show", p..Name)
