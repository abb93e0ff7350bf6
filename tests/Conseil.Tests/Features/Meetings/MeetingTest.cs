using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Conseil.Tests.Support;
using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Meetings;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Tests.Features.Meetings;

/// <summary>A test of the meetings' pages: its own application, and a client signed in as the demo secretariat.</summary>
public abstract class MeetingTest : AppTest, IAsyncLifetime
{
    protected HttpClient Secretariat { get; private set; } = null!;

    public async ValueTask InitializeAsync() =>
        Secretariat = Factory.CreateClientAs(Roles.Secretariat,
            await QueryAsync(db => db.Users.Where(u => u.Email == DemoContent.SecretariatEmail).Select(u => u.Id).SingleAsync(Ct)));

    /// <summary>The page a response carries, once it is a 200.</summary>
    protected static async Task<IHtmlDocument> PageAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>The secretariat concludes the meeting from its attendance: held, or postponed without quorum.</summary>
    protected async Task ConcludeAsync(int meetingId)
    {
        var url = MeetingPaths.Meeting(meetingId);
        (await Forms.PostAsync(Secretariat, url, new Dictionary<string, string>(), url + "?handler=Conclude")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
