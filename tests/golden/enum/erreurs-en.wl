//! args: --lang en
// Compile errors of enumerations, English keywords (doc 1514067).
MachineState is an Enumeration
	Running
	Stopped
END
Station is a MachineState
Station = 1
Station = MachineState.Flying
Trace(Station)
