// Command wl runs and checks WLangage scripts.
//
//	wl run [options] FICHIER.wl
//	wl check [options] FICHIER.wl...
//	wl version
//	wl help
//
// See package github.com/wlangage/wl/cmd/wl/cli for the implementation.
package main
