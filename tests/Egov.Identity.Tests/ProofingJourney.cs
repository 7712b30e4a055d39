using System.Text.RegularExpressions;
using Egov.Testing;

namespace Egov.Identity.Tests;

/// <summary>A person going through identity proofing on the pages, reading the code from the recorded SMS.</summary>
internal sealed partial class ProofingJourney(PersonAtTheBrowser person, EgovHostFactory host)
{
    public PersonAtTheBrowser Person => person;

    /// <summary>Demo residents (packs/kr/demo/people.yaml): identifier, name, phone on record.</summary>
    public static readonly (string Identifier, string Name, string Phone) KimYoungsoo = ("500220-1091853", "김영수", "+821090501220");
    public static readonly (string Identifier, string Name, string Phone) KimMinjun = ("780412-1023453", "김민준", "+821012345678");
    public static readonly (string Identifier, string Name, string Phone) LeeSeoyeon = ("800923-2045655", "이서연", "+821023456789");
    public static readonly (string Identifier, string Name, string Phone) KimHayoon = ("031130-4201751", "김하윤", "+821034567890");
    public static readonly (string Identifier, string Name, string Phone) KimJiho = ("070315-3102255", "김지호", "+821045678901");
    public static readonly (string Identifier, string Name, string Phone) Nguyen = ("920517-6501152", "응우옌티란", "+821056789012");
    public static readonly (string Identifier, string Name, string Phone) JungWoojin = ("750109-1035555", "정우진", "+821067890123");
    public static readonly (string Identifier, string Name, string Phone) HanSora = ("881203-2104751", "한소라", "+821078901234");
    public static readonly (string Identifier, string Name, string Phone) OhJunseo = ("830827-1156159", "오준서", "+821089012345");

    /// <summary>Step 1: posts the details; returns the answer (a redirect to the code page whatever they were).</summary>
    public async Task<HttpResponseMessage> StartAsync(string identifier, string name, string url = "/account/register")
    {
        using var page = await person.GetAsync(url);
        return await person.SubmitAsync(page, new Dictionary<string, string> { ["Form.Identifier"] = identifier, ["Form.Name"] = name });
    }

    /// <summary>Step 1 for a resident; returns the code the SMS carried.</summary>
    public async Task<string> CodeForAsync((string Identifier, string Name, string Phone) resident)
    {
        var before = host.Sms.CountTo(resident.Phone);
        using var started = await StartAsync(resident.Identifier, resident.Name);
        Assert.Equal("/account/register/code", started.Headers.Location?.OriginalString.Split('?')[0]);
        return CodeIn((await host.Sms.NextToAsync(resident.Phone, before)).Text);
    }

    /// <summary>Step 2: posts a code on the code page.</summary>
    public async Task<HttpResponseMessage> EnterCodeAsync(string code)
    {
        using var page = await person.GetAsync("/account/register/code");
        return await person.SubmitAsync(page, new Dictionary<string, string> { ["Form.Code"] = code });
    }

    /// <summary>Step 3: posts ID and password.</summary>
    public async Task<HttpResponseMessage> ChooseAccountAsync(string userName, string password = PersonAtTheBrowser.Password)
    {
        using var page = await person.GetAsync("/account/register/account");
        return await person.SubmitAsync(page, new Dictionary<string, string> { ["Form.UserName"] = userName, ["Form.Password"] = password });
    }

    public static string CodeIn(string sms) => SixDigits().Match(sms).Value;

    public static Task<string> TextAsync(HttpResponseMessage page) => page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

    [GeneratedRegex(@"(?<!\d)\d{6}(?!\d)")]
    private static partial Regex SixDigits();
}
