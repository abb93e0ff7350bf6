using Conseil.Tests.Support;
using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Tests.Features.Meetings;

/// <summary>A test of the meetings' pages: its own application, and a client signed in as the demo secretariat.</summary>
public abstract class MeetingTest : AppTest, IAsyncLifetime
{
    protected HttpClient Secretariat { get; private set; } = null!;

    public async ValueTask InitializeAsync() =>
        Secretariat = Factory.CreateClientAs(Roles.Secretariat,
            await QueryAsync(db => db.Users.Where(u => u.Email == DemoContent.SecretariatEmail).Select(u => u.Id).SingleAsync(Ct)));

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
