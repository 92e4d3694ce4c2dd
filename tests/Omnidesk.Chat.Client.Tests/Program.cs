using System.Text;

namespace Omnidesk.Chat.Client.Tests;

/// <summary>
/// The entry point of the child processes some tests start with a different runtime set-up (invariant
/// globalization); the test runner loads this assembly without calling it.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        switch (args)
        {
            case ["fold-customer-name", var displayName]:
                // The first line says whether ICU decomposes here: "2" with ICU, "1" with invariant globalization.
                Console.WriteLine("\u00eb".Normalize(NormalizationForm.FormD).Length);
                Console.WriteLine(OmnideskCustomerName.FromDisplayName(displayName));
                return 0;
            default:
                Console.Error.WriteLine("usage: fold-customer-name <display name>");
                return 2;
        }
    }
}
