package files

import (
	"github.com/wlangage/wl/runtime"
)

// HostKey is the engine host key of the file-system grant, a *FS:
// runtime.WithHost(files.HostKey{}, &files.FS{...}), or WithFS.
type HostKey struct{}

// FS is the file-system access a host grants to scripts. The zero value
// grants the whole machine, like WithOS.
type FS struct {
	// Root, when not empty, confines every path to this directory (made
	// absolute with the process working directory): a path that leaves it
	// through `..`, an absolute path elsewhere or a symbolic link is
	// refused.
	Root string
	// Dir is the current directory each run starts in (fRepEnCours). Empty:
	// Root, or the process working directory when Root is empty. A
	// relative Dir is taken from Root (or the working directory).
	Dir string
	// ReadOnly refuses every change (creating, writing, deleting, renaming,
	// creating directories); reading stays possible.
	ReadOnly bool
}

// WithFS grants fs to every run of the engine. A nil fs withholds file
// access (WithoutFiles).
func WithFS(fs *FS) runtime.Option { return runtime.WithHost(HostKey{}, fs) }

// WithOS grants the real file system; runs start in the process working
// directory.
func WithOS() runtime.Option { return WithFS(&FS{}) }

// WithOSDir grants the real file system; runs start in dir (relative names
// of scripts are resolved there, as with a process started in dir).
func WithOSDir(dir string) runtime.Option { return WithFS(&FS{Dir: dir}) }

// WithRoot grants the directory dir and everything below it, nothing
// else; runs start in dir.
func WithRoot(dir string) runtime.Option { return WithFS(&FS{Root: dir}) }

// WithoutFiles withholds file access, overriding an earlier grant (the
// `--no-files` flag of wl run).
func WithoutFiles() runtime.Option { return runtime.WithHost(HostKey{}, (*FS)(nil)) }

// Open modes of fOuvre (3036036) and fCrée (3036017). The documentation
// gives no values: these are bit flags; foLectureEcriture is foLecture +
// foEcriture as the page says, and 0 (the old foTexte / foBinaire) opens in
// read/write mode.
const (
	FoLecture              = 0x1
	FoEcriture             = 0x2
	FoLectureEcriture      = FoLecture | FoEcriture
	FoAjout                = 0x4
	FoCreation             = 0x8
	FoCreationSiInexistant = 0x10
	FoAnsi                 = 0x20
	FoUnicode              = 0x40
	FoBloqueLecture        = 0x80
	FoBloqueEcriture       = 0x100
	FoSuppressionAuto      = 0x200
	FoAccesSequentiel      = 0x400
)

// Origins of fPositionne (3036039).
const (
	FpDebut   = 0
	FpCourant = 1
	FpFin     = 2
)

// Options of fListeFichier (3036058), fCopieFichier (3036004), fSupprime
// (3036029) and fRepSupprime (3036051). Values are ours (undocumented).
const (
	FrRecursif            = 0x1
	FrNonRecursif         = 0x2
	FrLectureSeule        = 0x4
	FrVersCorbeille       = 0x8
	FrConfirmer           = 0x10
	FrJauge               = 0x20
	FrInterruptible       = 0x40
	FrInformationComplete = 0x80
	FrSansFichierCache    = 0x100
	FrSansRepertoireCache = 0x200
	FCheminUnicode        = 0x400
)

// Parts of fExtraitChemin (3036026), combined with +. Values are ours.
const (
	FDisque     = 0x1
	FRepertoire = 0x2
	FFichier    = 0x4
	FExtension  = 0x8
)

// Separators of fSéparateur (1000018861).
const (
	FSeparateurPlateforme = 0
	FSeparateurUnix       = 1
	FSeparateurWindows    = 2
)

// Install registers the external-file family.
func Install(r *runtime.Registry) {
	r.AddConstTable(fileConsts)
	r.AddFuncs([]runtime.Func{
		{Name: "fOuvre", Aliases: []string{"fOpen"}, Min: 1, Max: 2, Fallible: true, Fn: fOuvre},
		{Name: "fCrée", Aliases: []string{"fCreate"}, Min: 1, Max: 2, Fallible: true, Fn: fCree},
		{Name: "fFerme", Aliases: []string{"fClose"}, Min: 1, Max: 1, Fallible: true, Fn: fFerme},
		{Name: "fLitLigne", Aliases: []string{"fReadLine"}, Min: 1, Max: 2, Fallible: true, Fn: fLitLigne},
		{Name: "fEcritLigne", Aliases: []string{"fWriteLine"}, Min: 2, Max: 2, Fallible: true, Fn: fEcritLigne},
		{Name: "fLit", Aliases: []string{"fRead"}, Min: 2, Max: 2, Fallible: true, Fn: fLit},
		{Name: "fEcrit", Aliases: []string{"fWrite"}, Min: 2, Max: 3, Fallible: true, Fn: fEcrit},
		{Name: "fPositionne", Aliases: []string{"fSeek"}, Min: 3, Max: 3, Fallible: true, Fn: fPositionne},
		{Name: "fTaille", Aliases: []string{"fSize"}, Min: 1, Max: 1, Fallible: true, Fn: fTaille},
		{Name: "fChargeTexte", Aliases: []string{"fLoadText"}, Min: 1, Max: 2, Fallible: true, Fn: fChargeTexte},
		{Name: "fSauveTexte", Aliases: []string{"fSaveText"}, Min: 2, Max: 2, Fallible: true, Fn: fSauveTexte},
		{Name: "fAjouteTexte", Aliases: []string{"fAddText"}, Min: 2, Max: 2, Fallible: true, Fn: fAjouteTexte},
		{Name: "fChargeBuffer", Aliases: []string{"fLoadBuffer"}, Min: 1, Max: 1, Fallible: true, Fn: fChargeBuffer},
		{Name: "fSauveBuffer", Aliases: []string{"fSaveBuffer"}, Min: 2, Max: 2, Fallible: true, Fn: fSauveBuffer},
		{Name: "fFichierExiste", Aliases: []string{"fFileExist"}, Min: 1, Max: 1, Fallible: true, Fn: fFichierExiste},
		{Name: "fRepExiste", Aliases: []string{"fDirExist"}, Min: 1, Max: 1, Fallible: true, Fn: fRepExiste},
		{Name: "fRépertoireExiste", Aliases: []string{"fDirectoryExist"}, Min: 1, Max: 1, Fallible: true, Fn: fRepExiste},
		{Name: "fSupprime", Aliases: []string{"fDelete"}, Min: 1, Max: 2, Fallible: true, Fn: fSupprime},
		{Name: "fCopieFichier", Aliases: []string{"fCopyFile"}, Min: 2, Max: 3, Fallible: true, Fn: fCopieFichier},
		{Name: "fRenomme", Aliases: []string{"fRename"}, Min: 2, Max: 2, Fallible: true, Fn: fRenomme},
		{Name: "fDéplaceFichier", Aliases: []string{"fMoveFile"}, Min: 2, Max: 2, Fallible: true, Fn: fDeplaceFichier},
		{Name: "fRepCrée", Aliases: []string{"fMakeDir"}, Min: 1, Max: 1, Fallible: true, Fn: fRepCree},
		{Name: "fRepSupprime", Aliases: []string{"fRemoveDir"}, Min: 1, Max: 2, Fallible: true, Fn: fRepSupprime},
		{Name: "fListeFichier", Aliases: []string{"fListFile"}, Min: 1, Max: 4, Fallible: true, Fn: fListeFichier},
		{Name: "fRepEnCours", Aliases: []string{"fCurrentDir"}, Min: 0, Max: 2, Fallible: true, Fn: fRepEnCours},
		{Name: "fExtraitChemin", Aliases: []string{"fExtractPath"}, Min: 2, Max: 2, Fallible: true, Fn: fExtraitChemin},
		{Name: "fSep", Min: 0, Max: 0, Fn: fSep},
		{Name: "fSéparateur", Aliases: []string{"fSeparator"}, Min: 1, Max: 2, Fn: fSeparateur},
		{Name: "fContentType", Aliases: []string{"fTypeMIME"}, Min: 1, Max: 1, Fn: fContentType},
	})
	r.AddConstTable(mimeConstTable)
}

// mimeConstTable returns the typeMime* constants (AddConstTable).
func mimeConstTable() []runtime.Const {
	cs := make([]runtime.Const, len(mimeConsts))
	for i, k := range mimeConsts {
		cs[i] = runtime.Const{Name: k.name, Value: runtime.Str(k.v)}
	}
	return cs
}

// fileConsts are the constants of the file family (AddConstTable).
func fileConsts() []runtime.Const {
	ks := []struct {
		name string
		v    int64
		en   []string
	}{
		{"foLecture", FoLecture, []string{"foRead"}},
		{"foEcriture", FoEcriture, []string{"foWrite"}},
		{"foLectureEcriture", FoLectureEcriture, []string{"foReadWrite"}},
		{"foAjout", FoAjout, []string{"foAdd"}},
		{"foCréation", FoCreation, []string{"foCreate"}},
		{"foCréationSiInexistant", FoCreationSiInexistant, []string{"foCreateIfNotExist"}},
		{"foAnsi", FoAnsi, nil},
		{"foUnicode", FoUnicode, nil},
		{"foBloqueLecture", FoBloqueLecture, []string{"foLockRead"}},
		{"foBloqueEcriture", FoBloqueEcriture, []string{"foLockWrite"}},
		{"foSuppressionAutomatique", FoSuppressionAuto, []string{"foAutomaticDeletion"}},
		{"foAccèsSéquentiel", FoAccesSequentiel, []string{"foSequentialAccess"}},
		{"foTexte", 0, []string{"foText"}},
		{"foBinaire", 0, []string{"foBinary"}},
		{"fpDébut", FpDebut, []string{"fpBeginning"}},
		{"fpCourant", FpCourant, []string{"fpCurrent"}},
		{"fpFin", FpFin, []string{"fpEnd"}},
		{"frRécursif", FrRecursif, []string{"frRecursive"}},
		{"frNonRécursif", FrNonRecursif, []string{"frNotRecursive", "frNonRecursive"}},
		{"frLectureSeule", FrLectureSeule, []string{"frReadOnly"}},
		{"frVersCorbeille", FrVersCorbeille, []string{"frToRecycleBin"}},
		{"frConfirmer", FrConfirmer, []string{"frConfirm"}},
		{"frJauge", FrJauge, []string{"frGauge"}},
		{"frInterruptible", FrInterruptible, nil},
		{"frInformationComplète", FrInformationComplete, []string{"frFullInformation"}},
		{"frSansFichierCaché", FrSansFichierCache, []string{"frWithoutHiddenFile"}},
		{"frSansRépertoireCaché", FrSansRepertoireCache, []string{"frWithoutHiddenDirectory"}},
		{"fCheminUnicode", FCheminUnicode, []string{"fUnicodePath"}},
		{"fDisque", FDisque, []string{"fDrive"}},
		{"fRépertoire", FRepertoire, []string{"fDirectory"}},
		{"fFichier", FFichier, []string{"fFile"}},
		{"fExtension", FExtension, nil},
		{"fSéparateurPlateforme", FSeparateurPlateforme, []string{"fSeparatorPlatform"}},
		{"fSéparateurUnix", FSeparateurUnix, []string{"fSeparatorUnix"}},
		{"fSéparateurWindows", FSeparateurWindows, []string{"fSeparatorWindows"}},
	}
	cs := make([]runtime.Const, len(ks))
	for i, k := range ks {
		cs[i] = runtime.Const{Name: k.name, Aliases: k.en, Value: runtime.Int(k.v)}
	}
	return cs
}
