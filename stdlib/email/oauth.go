package email

import (
	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib/email/compose"
)

func typeOf(name string) string { return compose.TypeByName(name) }

// installOAuth registers OAuth2Paramètres, AuthIdentifie and the
// oauth2TypeRéponse* constants, which the e-mail examples use to get the
// XOAUTH2 token of emailSessionSMTP.AuthToken [fr:1000018765]. They are
// left alone if another family registered them first.
func installOAuth(r *runtime.Registry) {
	if r.LookupType(runtime.Fold("OAuth2Paramètres")) == nil {
		r.AddType(structType(OAuthType), "OAuth2Paramètres", "OAuth2Parameters")
	}
	// AddConstIfAbsent, not LookupConst: a lookup would fold every
	// constant of the registry at start-up.
	r.AddConstIfAbsent(&runtime.Const{Name: "oauth2TypeRéponseCode", Aliases: []string{"oauth2ResponseTypeCode"}, Value: runtime.Str("code")})
	r.AddConstIfAbsent(&runtime.Const{Name: "oauth2TypeRéponseToken", Aliases: []string{"oauth2ResponseTypeToken"}, Value: runtime.Str("token")})
	// AddFuncIfAbsent, not LookupFunc: a lookup would sort every function
	// of the registry before the others are registered.
	r.AddFuncIfAbsent(&runtime.Func{Name: "AuthIdentifie", Aliases: []string{"AuthIdentify"}, Min: 1, Max: 2, Fallible: true, Fn: authIdentifie})
}

// authIdentifie implements AuthIdentifie(<OAuth2Paramètres>): the OAuth
// 2.0 flow needs a browser, so it is the host's (HostConfig.OAuth). It
// returns the access token, or Null when there is none; without a host
// hook it is an error, as for the other interactive functions
// (DECISIONS 13).
func authIdentifie(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var v runtime.Value
	if err := c.Unpack(args, "paramètres", &v); err != nil {
		return runtime.Null, err
	}
	p := v.Struct()
	if p == nil || p.Type != OAuthType {
		return runtime.Null, c.Errorf(0, "AuthIdentifie attend une variable OAuth2Paramètres", "AuthIdentify expects an OAuth2Parameters variable")
	}
	hc := hostConfig(c.Run)
	if hc.OAuth == nil {
		return runtime.Null, c.Errorf(0, "AuthIdentifie a besoin d'un hôte interactif (navigateur) : aucun n'est disponible dans cette exécution",
			"AuthIdentify needs an interactive host (browser): none is available in this run")
	}
	f := p.Fields
	tok, err := hc.OAuth(c.Run.Context(), OAuthRequest{
		ClientID: f[oClientID].Text(), ClientSecret: f[oClientSecret].Text(), AuthURL: f[oURLAuth].Text(),
		TokenURL: f[oURLToken].Text(), Scope: f[oScope].Text(), RedirectURL: f[oURLRedirection].Text(),
		ResponseType: f[oTypeReponse].Text(), Extra: f[oParametres].Text(),
	})
	if err != nil {
		c.Fail(1, "AuthIdentifie : "+err.Error(), "AuthIdentify: "+err.Error())
		return runtime.Null, nil
	}
	if tok == "" {
		return runtime.Null, nil
	}
	return runtime.Str(tok), nil
}
