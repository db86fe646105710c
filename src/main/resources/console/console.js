// The console's live parts, as a small module: a picker that writes PingOne's one date
// format, and tables that follow the journal and the outbox as they grow. Text is set
// with textContent only: nothing a test wrote can become markup.

// A datetime-local picker fills the text field it names with yyyy-MM-dd'T'HH:mm:ss.SSS'Z'.
for (const picker of document.querySelectorAll("input[data-writes]")) {
  picker.addEventListener("change", () => {
    const target = document.getElementById(picker.dataset.writes);
    const local = new Date(picker.value);
    if (target && !Number.isNaN(local.getTime())) {
      target.value = local.toISOString();
    }
  });
}

function cell(row, text, mono) {
  const td = document.createElement("td");
  td.textContent = (text === null || text === undefined) ? "" : String(text);
  if (mono) {
    td.className = "mono";
  }
  row.appendChild(td);
}

const columns = {
  events: (event, row) => {
    cell(row, event.id);
    cell(row, event.at, true);
    cell(row, event.type);
    cell(row, event.userId, true);
    cell(row, event.clientId, true);
    cell(row, JSON.stringify(event.before), true);
    cell(row, JSON.stringify(event.after), true);
  },
  notifications: (notification, row) => {
    cell(row, notification.id);
    cell(row, notification.at, true);
    cell(row, notification.purpose);
    cell(row, notification.channel);
    cell(row, notification.to, true);
    cell(row, notification.userId, true);
    cell(row, notification.otp, true);
  },
};

for (const body of document.querySelectorAll("tbody[data-live]")) {
  const kind = body.dataset.live;
  const url = body.dataset.url;
  const status = document.getElementById(body.dataset.status);
  let since = 0;
  async function poll() {
    try {
      const answer = await fetch(`${url}?since=${since}`, { headers: { Accept: "application/json" } });
      if (answer.ok) {
        const items = (await answer.json())[kind];
        for (const item of items) {
          const row = document.createElement("tr");
          row.dataset.id = item.id;
          columns[kind](item, row);
          body.appendChild(row);
          since = Math.max(since, item.id);
        }
        if (status) {
          status.textContent = `${body.rows.length} so far; following as it grows.`;
        }
      }
      else if (status) {
        status.textContent = `The stub answered ${answer.status}.`;
      }
    }
    catch (failure) {
      if (status) {
        status.textContent = "The stub cannot be reached; trying again.";
      }
    }
    setTimeout(poll, 1000);
  }
  poll();
}
