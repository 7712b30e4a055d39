using Egov.Identity.Contracts;
using Egov.Registries.MyData;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Egov.Registries.Pages.My;

/// <summary><c>/my/data</c>: what the registers hold about the person (or the child they act for); the read is logged for them.</summary>
[Authorize]
internal sealed class DataModel(IActingContext acting, MyRegisterReader reader) : CitizenPageModel(acting)
{
    public MyRegisterData Data { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!ResolvePerson())
        {
            return Page();
        }

        if (await reader.ReadAsync(Person!.Id, HttpContext.RequestAborted) is not { } data)
        {
            return NotFound();
        }

        Data = data;
        return Page();
    }
}
