using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Bootcamp.Mail.Persistence;
using Bootcamp.Mail.Sending;

namespace Bootcamp.Mail.Texting;

/// <summary>
/// Sends one text through the provider's HTTP API (<see cref="TextMessageOptions"/>): a 2xx answer is "accepted", anything
/// else throws, and the queue retries with backoff as it does for mail. The row's address is the E.164 number and its
/// text body the message.
/// </summary>
internal sealed class HttpTextMessageTransport(TextMessageOptions options, HttpClient http) : IMailTransport
{
    public MessageChannel Channel => MessageChannel.Sms;

    public string Description => $"SMS provider {new Uri(options.Endpoint!).GetLeftPart(UriPartial.Authority)} ({options.Format})";

    public async Task<string> DeliverAsync(QueuedMail mail, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, options.Endpoint);
        if (options.Format == TextMessageFormat.Form)
        {
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["From"] = options.From ?? "",
                ["To"] = mail.ToAddress,
                ["Body"] = mail.TextBody,
            });
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.AccountId}:{options.ApiKey}"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
        }
        else
        {
            request.Content = JsonContent.Create(new { from = options.From, to = mail.ToAddress, text = mail.TextBody });
            if (!string.IsNullOrEmpty(options.ApiKey))
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.ApiKey);
            }
        }

        request.Headers.Add("Idempotency-Key", mail.Id.ToString("N"));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        using var response = await http.SendAsync(request, timeout.Token);
        if (!response.IsSuccessStatusCode)
        {
            // The provider's answer may echo the number; only the status goes to the row and the log.
            throw new HttpRequestException($"The SMS provider answered {(int)response.StatusCode} {response.ReasonPhrase}.", null, response.StatusCode);
        }

        return Description;
    }
}
