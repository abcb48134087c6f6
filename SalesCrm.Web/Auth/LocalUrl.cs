namespace SalesCrm.Web.Auth;

/// <summary>
/// The one check for every return URL (after sign-in, the Entra challenge, the language switch): it is followed only
/// when it stays in the app — a path from the root — and never when it could leave it ("//host", "/\host", a scheme,
/// a backslash or a control character a browser might fold into one). Anything else goes home.
/// </summary>
public static class LocalUrl
{
    public const string Home = "/";

    public static string OrHome(string? url) =>
        url is ['/', ..] && !(url.Length > 1 && url[1] is '/' or '\\') && !url.Any(c => c == '\\' || char.IsControl(c)) ? url : Home;
}
