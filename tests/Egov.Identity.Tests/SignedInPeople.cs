using Microsoft.AspNetCore.Mvc.Testing;

namespace Egov.Identity.Tests;

/// <summary>A new citizen account and a browser signed in to it with the password (AAL1).</summary>
internal static class SignedInPeople
{
    public static async Task<PersonAtTheBrowser> CitizenAsync(WebApplicationFactory<Program> factory, string userName)
    {
        await TestAccounts.CreateAsync(factory.Services, userName);
        var person = new PersonAtTheBrowser(factory);
        using (await person.SignInAsync(userName))
        {
        }

        return person;
    }
}
