#!/usr/bin/env python3
"""Walks the main path of each role through the pages in headless Chromium (selenium):
a coordinator confirms and books a difficult case, its lead expert accepts the offer and finds the
session in their calendar, and an administrator replays and activates a new weights version.
Screenshots go to --screenshots (git-ignored). Exits non-zero at the first step that does not hold."""
import argparse
import re
import json
import os
import sys
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

parser = argparse.ArgumentParser()
parser.add_argument("--base", required=True, help="the served site, http://127.0.0.1:PORT")
parser.add_argument("--case", required=True, help="the walk-through case from `fengqiao demo --json`")
parser.add_argument("--expert", required=True, help="the expert the `expert` login is")
parser.add_argument("--password", default="xigang-demo")
parser.add_argument("--screenshots", required=True)
args = parser.parse_args()
os.makedirs(args.screenshots, exist_ok=True)


def browser(width=1280, height=900):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", f"--window-size={width},{height}", "--lang=zh-CN"]:
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"intl.accept_languages": "zh-CN,zh"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.implicitly_wait(5)
    global current
    current = driver
    return driver


current = None


def check(condition, what):
    if not condition:
        if current is not None:
            shot(current, "failed")
            body = current.find_element(By.TAG_NAME, "body").text
            print(f"at {current.current_url}:\n{body[:1500]}", file=sys.stderr)
        sys.exit(f"FAILED: {what}")
    print(f"ok: {what}")


def submit(driver, button, url_holds):
    """Clicks a form's button and waits until the page it leads to has loaded (its address passes `url_holds`)."""
    button.click()
    try:
        WebDriverWait(driver, 20).until(lambda d: url_holds(d.current_url) and d.execute_script("return document.readyState") == "complete")
        return True
    except Exception:
        return False


def shot(driver, name):
    driver.save_screenshot(os.path.join(args.screenshots, name + ".png"))


def log_in(driver, username):
    driver.get(args.base + "/login")
    driver.find_element(By.ID, "username").send_keys(username)
    driver.find_element(By.ID, "password").send_keys(args.password)
    check(submit(driver, driver.find_element(By.CSS_SELECTOR, "form.card button[type=submit]"), lambda url: "/login" not in url),
          f"{username} is logged in")


def log_out(driver):
    check(submit(driver, driver.find_element(By.CSS_SELECTOR, "header form button"), lambda url: url.endswith("/login")), "logged out")


# The coordinator: the queue, then the difficult case: confirm the panel, book the first option.
driver = browser()
log_in(driver, "coordinator")
driver.get(args.base + "/queue")
check(driver.find_elements(By.CSS_SELECTOR, f'tr[data-case="{args.case}"]'), f"{args.case} is in the queue")
shot(driver, "1-coordinator-queue")
driver.get(args.base + "/cases/new")
Select(driver.find_element(By.ID, "type")).select_by_value("NEIGHBOR")
Select(driver.find_element(By.ID, "communityID")).select_by_index(1)
driver.find_element(By.ID, "summary").send_keys("楼上装修噪音扰民，双方多次争吵。")
driver.find_element(By.ID, "party0.name").send_keys("赵敏")
driver.find_element(By.ID, "party1.name").send_keys("钱伟")
driver.find_element(By.NAME, "escalationRisk").click()
shot(driver, "1b-coordinator-intake")
check(submit(driver, driver.find_element(By.ID, "take-in"), lambda url: "done=intake" in url), "a new case is taken in from the form")
check("有矛盾激化风险" in driver.find_element(By.TAG_NAME, "body").text, "its page names the triage signal")
driver.get(args.base + f"/cases/{args.case}")
check(driver.find_elements(By.CSS_SELECTOR, f'.expert.chosen[data-expert="{args.expert}"]'), f"{args.expert} is recommended to lead")
check(len(driver.find_elements(By.CSS_SELECTOR, ".bar span")) >= 10, "each score term has a bar")
shot(driver, "2-coordinator-case")
check(submit(driver, driver.find_element(By.ID, "confirm"), lambda url: "done=assigned" in url), "the panel is confirmed and offered")
options = driver.find_elements(By.CSS_SELECTOR, "form.option button")
check(options, "scheduling options are shown")
reasons = driver.find_elements(By.CSS_SELECTOR, "form.option li")
check(reasons and all(re.search("[\u4e00-\u9fff]", r.text) and not re.search("[a-z]{2,}", r.text) for r in reasons),
      "the options' reasons are written in Chinese")
check(submit(driver, options[0], lambda url: "done=booked" in url), "the first option is booked")
sessions = driver.find_elements(By.CSS_SELECTOR, "tr[data-session]")
check(sessions, "the session is listed on the case")
when = sessions[0].find_element(By.TAG_NAME, "td").text.split(" ")[0]
shot(driver, "3-coordinator-booked")
log_out(driver)

# The expert: accept the offer, then find the session in the week view.
log_in(driver, "expert")
driver.get(args.base + "/offers")
offer = [section for section in driver.find_elements(By.CSS_SELECTOR, "section.offer")
         if section.get_attribute("data-offer").startswith(args.case + ":")]
check(offer, f"the expert has the offer for {args.case}")
shot(driver, "4-expert-offers")
check(submit(driver, offer[0].find_element(By.CSS_SELECTOR, "button.accept"), lambda url: "done=accepted" in url), "the expert accepted")
driver.get(args.base + f"/calendar?week={when}")
check(driver.find_elements(By.CSS_SELECTOR, f'.session[data-case="{args.case}"]'), f"the session on {when} is in the calendar")
shot(driver, "5-expert-calendar")
check(submit(driver, driver.find_element(By.ID, "make-link"), lambda url: url.endswith("/calendar/link")), "a subscription link is made")
link = driver.find_element(By.ID, "feed").get_attribute("value")
feed = urllib.request.urlopen(args.base + link).read().decode()
check(feed.startswith("BEGIN:VCALENDAR") and f"{args.case}" in feed, "the subscription link serves the feed with the session")
log_out(driver)

# The administrator: a new weights version, replayed, then activated.
log_in(driver, "admin")
driver.get(args.base + "/admin/weights")
driver.find_element(By.ID, "name").send_keys("continuity first")
field = driver.find_element(By.NAME, "weight.continuity")
field.clear()
field.send_keys("4")
check(submit(driver, driver.find_element(By.CSS_SELECTOR, "#new-version button"), lambda url: "replay=" in url),
      "the new version is saved")
check(driver.find_elements(By.ID, "replay"), "the replay of the new version is shown")
check(driver.find_elements(By.CSS_SELECTOR, "#replay svg rect"), "the load spread is drawn as a histogram")
changed = driver.find_element(By.ID, "changed").text
shot(driver, "6-admin-replay")
version = driver.find_elements(By.CSS_SELECTOR, "section.version")[0]
version.find_element(By.NAME, "reason").send_keys("more continuity for returning parties")
check(submit(driver, version.find_element(By.CSS_SELECTOR, "form[method=post] button"), lambda url: "done=activated" in url),
      "the new version is activated")
active = driver.find_elements(By.CSS_SELECTOR, "section.version")[0].find_elements(By.CSS_SELECTOR, ".badge")
check(active, "the newest version is marked active")
shot(driver, "7-admin-activated")
driver.get(args.base + "/reports")
check(len(driver.find_elements(By.CSS_SELECTOR, "svg.chart")) == 4, "the reports draw their charts")
shot(driver, "8-reports")
driver.get(args.base + "/language?to=en&back=/reports")
check(driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en", "the switch turns the pages to English")
shot(driver, "9-reports-en")
driver.quit()

# A phone: the queue still reads.
phone = browser(390, 844)
log_in(phone, "coordinator")
phone.get(args.base + "/queue")
check(phone.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1"), "the page fits a phone's width")
shot(phone, "10-phone-queue")
phone.quit()
print(json.dumps({"changedSeats": changed, "screenshots": sorted(os.listdir(args.screenshots))}))
