using Egov.Host;
using Egov.Host.Extensions;
using Egov.Platform;
using Egov.Platform.Notifications;
using Egov.Platform.Packs;
using Egov.Platform.Packs.Api;
using Egov.Platform.Persistence;
using Egov.Platform.Web;

var builder = WebApplication.CreateBuilder(args);
// The design system's KRDS files are static web assets of the build output, served in every environment.
builder.WebHost.UseStaticWebAssets();

var database = builder.Services.AddEgovPlatform(builder.Configuration, builder.Environment.ContentRootPath);
var pack = builder.Services.AddCountryPack(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddEgovModules(builder.Configuration, database);
builder.Services.AddEgovSms(builder.Configuration, pack);
builder.Services.AddEgovBackgroundWork();
builder.Services.AddEgovWebConventions(builder.Configuration);
builder.Services.AddEgovWeb(pack);
builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
{
    document.Info.Title = "Enjoy e-Gov API";
    document.Info.Description = "Public and partner APIs of the platform. Errors are RFC 9457 problem details; lists are cursor-paged.";
    return Task.CompletedTask;
}));
builder.AddOperations();

var app = builder.Build();

if (database.MigrateAtStartup)
{
    await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
}

app.UseEgovWebConventions();
app.UseProbes();
app.UseEgovWeb();
// Routing after the error handling, so a failed request re-executed as an error page is routed again.
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.MapStaticAssets();

app.MapMetrics();
app.MapBaselineEndpoint();
app.MapOpenApi("/openapi/{documentName}.json");
app.MapApiReference();
app.MapPackApi();
app.MapRazorPages();
app.MapEgovWeb();
app.MapEgovModules();

app.Run();

/// <summary>Entry point, public so integration tests can host it.</summary>
public partial class Program;
