// Command wl runs and checks WLangage scripts.
//
//	wl run [options] FICHIER.wl
//	wl check [options] FICHIER.wl...
//	wl version
//	wl help
//
// See package github.com/wlangage/wl/cmd/wl/cli for the implementation.
package main

import (
	"os"

	"github.com/wlangage/wl/cmd/wl/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
