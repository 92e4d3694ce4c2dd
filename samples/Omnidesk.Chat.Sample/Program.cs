// The escalation sample is built in the "newcomer's path" issue; until then it only proves the solution builds.
Console.WriteLine("Omnidesk.Chat.Sample: the escalation flow arrives with the sample issue.");
return 0;
