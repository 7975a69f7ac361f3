#!/usr/bin/python3
"""A bare WebKitGTK browser for WebKitWebDriver: windows whose web view is exactly the size asked for.

WebKitWebDriver starts this script as its browser (capability webkitgtk:browserOptions.binary), because
MiniBrowser cannot be made narrower than 447 px. Usage: webkit-window.py WIDTH HEIGHT.
The driver has no BiDi, so the script reports on standard output, one line each:
- the page's console messages (WebKit's own "CONSOLE <source> <LEVEL> <message>" lines);
- "ENGINES-REQUEST <url>" for every resource a page loads;
- "ENGINES-BLOCKED <url>" for a navigation away from the loopback test server, which it refuses:
  the tests never reach the network (Exit this page leaves for a real site).
Needs Debian's python3-gi and gir1.2-webkit2-4.1: run it with /usr/bin/python3, not a pyenv one.
"""
import sys
from urllib.parse import urlparse

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import Gtk, WebKit2  # noqa: E402

WIDTH = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 390
HEIGHT = int(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2].isdigit() else 844
LOOPBACK = {"127.0.0.1", "localhost", "::1"}

context = WebKit2.WebContext.get_default()
context.set_automation_allowed(True)


def report(kind, uri):
    print(f"{kind} {uri}", flush=True)


def is_local(uri):
    parsed = urlparse(uri)
    return parsed.scheme in ("about", "data", "blob") or parsed.hostname in LOOPBACK


def on_resource(_view, _resource, request):
    report("ENGINES-REQUEST", request.get_uri())


def on_decide_policy(_view, decision, decision_type):
    if decision_type in (WebKit2.PolicyDecisionType.NAVIGATION_ACTION, WebKit2.PolicyDecisionType.NEW_WINDOW_ACTION):
        uri = decision.get_navigation_action().get_request().get_uri()
        if not is_local(uri):
            report("ENGINES-BLOCKED", uri)
            decision.ignore()
            return True
    return False


def create_web_view(_session):
    view = WebKit2.WebView(web_context=context, is_controlled_by_automation=True)
    view.get_settings().set_enable_write_console_messages_to_stdout(True)
    view.connect("resource-load-started", on_resource)
    view.connect("decide-policy", on_decide_policy)
    window = Gtk.Window()
    window.set_default_size(WIDTH, HEIGHT)
    window.set_resizable(False)
    window.add(view)
    view.connect("close", lambda _v: window.destroy())
    window.show_all()
    return view


def automation_started(_context, session):
    info = WebKit2.ApplicationInfo()
    info.set_name("WebKitGTK")
    info.set_version(WebKit2.get_major_version(), WebKit2.get_minor_version(), WebKit2.get_micro_version())
    session.set_application_info(info)
    session.connect("create-web-view", create_web_view)


context.connect("automation-started", automation_started)
Gtk.main()
