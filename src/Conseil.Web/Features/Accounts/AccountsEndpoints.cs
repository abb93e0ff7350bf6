namespace Conseil.Web.Features.Accounts;

public static class AccountsEndpoints
{
    public static WebApplication MapAccounts(this WebApplication app) => app;
}
