using Egov.Host.Extensions;
using Egov.Platform;
using Egov.Platform.Packs;
using Egov.Platform.Packs.Api;
using Egov.Platform.Persistence;
using Egov.Platform.Web;

var builder = WebApplication.CreateBuilder(args);

var database = builder.Services.AddEgovPlatform(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddCountryPack(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddEgovBackgroundWork();
builder.Services.AddEgovWebConventions(builder.Configuration);
builder.Services.AddOpenApi();
builder.AddOperations();

var app = builder.Build();

if (database.MigrateAtStartup)
{
    await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
}

app.UseEgovWebConventions();
app.MapStaticAssets();
app.UseRateLimiter();
app.MapOperations();
app.MapBaselineEndpoint();
app.MapOpenApi("/openapi/{documentName}.json");
app.MapPackApi();
app.MapApiReference();

app.Run();

/// <summary>Entry point, public so integration tests can host it.</summary>
public partial class Program;
