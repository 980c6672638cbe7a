package cli

import (
	"fmt"
	goruntime "runtime"
	"runtime/debug"
)

// Release is the release number of wl, kept here and raised with each
// release (0.N.M while the language coverage grows).
const Release = "0.1.0"

// Version, when set at link time, replaces Release in `wl version`
// (-ldflags "-X github.com/wlangage/wl/cmd/wl/cli.Version=1.2.3").
var Version = ""

// versionString is the line `wl version` prints: the release, the VCS
// revision when the build recorded one ("+" when the tree was modified),
// the Go version and the platform. Never "(devel)".
func versionString() string {
	v := Version
	if v == "" {
		v = Release
	}
	rev := ""
	if bi, ok := debug.ReadBuildInfo(); ok {
		modified := false
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
				if len(rev) > 12 {
					rev = rev[:12]
				}
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
		if rev != "" && modified {
			rev += "+"
		}
	}
	if rev != "" {
		v += " " + rev
	}
	return fmt.Sprintf("wl %s %s %s/%s", v, goruntime.Version(), goruntime.GOOS, goruntime.GOARCH)
}

const usageFR = `Utilisation : wl <commande> [options] [fichiers]

Commandes :
  run      exécute un script WLangage
  check    vérifie des scripts sans les exécuter
  spool    file d'attente des emails asynchrones (wl help spool)
  version  affiche la version
  help     affiche l'aide (wl help run, wl help check)
`

const usageEN = `Usage: wl <command> [options] [files]

Commands:
  run      runs a WLangage script
  check    checks scripts without running them
  spool    queue of asynchronous e-mail (wl help spool)
  version  prints the version
  help     prints help (wl help run, wl help check)
`

const helpFR = `wl exécute des scripts WLangage (le langage de WINDEV / WEBDEV) hors de l'environnement PC SOFT.

` + usageFR + `
Exemples (depuis la racine du dépôt) :
  wl run examples/bonjour.wl
  wl run --mail-sink examples/email/envoi-texte.wl
  wl check --strict examples/email/*.wl

Statut de sortie : 0 si le script se termine (ou appelle FinProgramme),
1 sur une erreur d'exécution non traitée, 2 sur une erreur de compilation
ou une ligne de commande incorrecte.
`

const helpEN = `wl runs WLangage scripts (the language of WINDEV / WEBDEV) outside the PC SOFT environment.

` + usageEN + `
Examples (from the repository root):
  wl run examples/bonjour.wl
  wl run --mail-sink examples/email/envoi-texte.wl
  wl check --strict examples/email/*.wl

Exit status: 0 when the script ends (or calls EndProgram), 1 on an
uncaught runtime error, 2 on compile errors or a bad command line.
`

const runHelpFR = `Utilisation : wl run [options] FICHIER.wl

Exécute le script FICHIER.wl (« - » : l'entrée standard). Les options se
placent avant le fichier.

  --lang fr|en                  langue des messages (fr par défaut)
  --strict                      mode strict : tout nom non déclaré est l'erreur 301
  --projet DOSSIER              rend appelables les procédures globales du projet WinDev
                                exporté en texte dans DOSSIER (.wdg)
  --timeout DURÉE               arrête le script au bout de DURÉE (30s, 2m, 1h30m)
  --max-steps N                 arrête le script après N itérations de boucle et appels
  --max-depth N                 limite la profondeur des appels imbriqués (10000 par défaut)
  --max-memory TAILLE           limite la mémoire du script (1G par défaut ; 512M, 0 : aucune)
  --mail-sink                   envoie le courrier du script à un serveur SMTP local
                                intégré (rien ne part) et affiche ce qu'il a reçu
  --smtp-relay HÔTE:PORT        envoie toute connexion SMTP à HÔTE:PORT au lieu de
                                l'adresse du script ; TLS vérifie le nom donné par le script
  --smtp-ca FICHIER             autorités de certification supplémentaires (PEM)
  --mail-ca FICHIER             idem, pour SMTP, POP3 et IMAP
  --pop3-relay HÔTE:PORT        envoie toute connexion POP3 à HÔTE:PORT (TLS vérifie
                                le nom donné par le script)
  --imap-relay HÔTE:PORT        de même pour IMAP
  --mail-max-size TAILLE        taille maximale d'un message lu (défaut 50M)
  --mail-sink-seed FICHIER.mbox messages que --mail-sink sert en POP3 et IMAP avant
                                ceux que le script lui envoie
  --smtp-allow-plaintext-auth   autorise l'envoi d'identifiants sans chiffrement
  --oauth-token FICHIER         jeton OAuth 2.0 que renvoie AuthIdentifie (lu dans
                                FICHIER ; à défaut, la variable WL_OAUTH_TOKEN)
  --spool FICHIER|URL           spool des emails asynchrones (sinon $WL_SPOOL, sinon
                                $XDG_STATE_HOME/wl/spool.db)
  --spool-wait DURÉE            attente des emails asynchrones du script à la fin
                                (30s par défaut ; 0 : serve ou drain les enverront)
  --no-files                    refuse au script l'accès aux fichiers (fOuvre, fSauveTexte,
                                fListeFichier... échouent avec ErreurDétectée à Vrai)
  --interactive                 OuiNon, Confirmer et Saisie lisent leur réponse sur
                                l'entrée standard (une ligne chacune ; questions sur stderr ;
                                Saisie avec boutons lit une seconde ligne : numéro ou
                                libellé du bouton, vide pour le bouton par défaut)

Statut de sortie : 0 succès (ou FinProgramme), 1 erreur d'exécution,
2 erreur de compilation ou d'utilisation.
`

const runHelpEN = `Usage: wl run [options] FILE.wl

Runs the script FILE.wl ("-": standard input). Options go before the file.

  --lang fr|en                  language of messages (default fr)
  --strict                      strict mode: every undeclared name is error 301
  --project DIR                 makes the global procedures of the WinDev project
                                exported as text in DIR (.wdg) callable
  --timeout DURATION            stops the script after DURATION (30s, 2m, 1h30m)
  --max-steps N                 stops the script after N loop iterations and calls
  --max-depth N                 limits the depth of nested calls (default 10000)
  --max-memory SIZE             limits the script's memory (default 1G; 512M, 0: none)
  --mail-sink                   sends the script's mail to an embedded local SMTP
                                server (nothing leaves) and prints what it received
  --smtp-relay HOST:PORT        sends every SMTP connection to HOST:PORT instead of
                                the script's address; TLS checks the name the script gave
  --smtp-ca FILE                extra certificate authorities (PEM)
  --mail-ca FILE                the same, for SMTP, POP3 and IMAP
  --pop3-relay HOST:PORT        sends every POP3 connection to HOST:PORT (TLS checks
                                the name the script gave)
  --imap-relay HOST:PORT        the same for IMAP
  --mail-max-size SIZE          largest message read (default 50M)
  --mail-sink-seed FILE.mbox    messages --mail-sink serves over POP3 and IMAP before
                                those the script sends it
  --smtp-allow-plaintext-auth   allows credentials over an unencrypted connection
  --oauth-token FILE            OAuth 2.0 token AuthIdentify returns (read from
                                FILE; otherwise the WL_OAUTH_TOKEN variable)
  --spool FILE|URL              spool of asynchronous e-mail (else $WL_SPOOL, else
                                $XDG_STATE_HOME/wl/spool.db)
  --spool-wait DURATION         wait for the script's asynchronous e-mail at the end
                                (default 30s; 0: serve or drain will send it)
  --no-files                    denies the script file access (fOpen, fSaveText,
                                fListFile... fail with ErrorOccurred set to True)
  --interactive                 YesNo, Confirm and Input read their answer from
                                standard input (one line each; questions on stderr;
                                Input with buttons reads a second line: the button's
                                number or caption, empty for the default button)

Exit status: 0 success (or EndProgram), 1 runtime error, 2 compile or
usage error.
`

const helpHelpFR = `Utilisation : wl help [run|check|version|help] [--lang fr|en]

Affiche l'aide générale, ou celle d'une commande (aussi : wl COMMANDE --help).
`

const helpHelpEN = `Usage: wl help [run|check|version|help] [--lang fr|en]

Prints the general help, or the help of one command (also: wl COMMAND --help).
`

const checkHelpFR = `Utilisation : wl check [--strict] [--lang fr|en] [--format text|json] [--projet DOSSIER] FICHIER.wl|DOSSIER...

Compile les scripts sans les exécuter et affiche les erreurs
(fichier:ligne:colonne: message (code), puis la ligne du source et un
repère sous la colonne) et les avertissements, dont les déclarations
implicites du mode permissif.

  --lang fr|en        langue des messages (fr par défaut)
  --strict            mode strict : tout nom non déclaré est l'erreur 301
  --format text|json  json : un objet JSON par diagnostic et par ligne sur
                      la sortie standard (schéma dans le README)
  --projet DOSSIER    compile les scripts avec le projet WinDev de DOSSIER

Un DOSSIER ou un fichier .wdg, .wdc, .wdw donné à vérifier est un projet
WinDev exporté en texte : chaque fichier est vérifié, les positions sont
celles du fichier exporté.

Statut de sortie : 2 si un fichier a une erreur, 0 sinon.
`

const checkHelpEN = `Usage: wl check [--strict] [--lang fr|en] [--format text|json] [--project DIR] FILE.wl|DIR...

Compiles the scripts without running them and prints the errors
(file:line:col: message (code), then the source line and a caret under the
column) and the warnings, among which the implicit declarations of the
permissive mode.

  --lang fr|en        language of messages (default fr)
  --strict            strict mode: every undeclared name is error 301
  --format text|json  json: one JSON object per diagnostic and per line on
                      standard output (schema in the README)
  --project DIR       compiles the scripts with the WinDev project in DIR

A DIRECTORY or a .wdg, .wdc, .wdw file given to check is a WinDev project
exported as text: every file is checked, positions are those of the
exported file.

Exit status: 2 when a file has an error, 0 otherwise.
`
