## Official documents (.docx)

document-union-name = HO CHI MINH COMMUNIST YOUTH UNION
document-number = No.: { $number }
document-place-date = { $place }, { $day }/{ $month }/{ $year }
document-recipients = Recipients:
document-issuer = Executive Committee of { $unit }
document-on-behalf = On behalf of the Executive Committee
document-signer-role = Secretary
document-signer-role-deputy = Deputy Secretary
document-number-report = …-BC/ĐTN
document-number-list = …-DS/ĐTN
document-to-parent = { $unit } (for reporting)
document-to-party-committee = The Party committee at the same level (for consideration)
document-archive = Office archive
document-col-no = No.
document-col-item = Item
document-col-result = Result

document-unit-report-title = Report
document-unit-report-subtitle = Fostering and introducing outstanding members to the Party, quarter { $quarter } of { $year }
document-unit-report-intro = The Executive Committee of { $unit } reports the quarter's results as follows:

document-dvut-title = List of outstanding members
document-dvut-subtitle = Handed to the Party committee for consideration, fostering and admission ({ $year })
document-dvut-intro = The Executive Committee of { $unit } respectfully hands the Party committee the list of { $count } outstanding members for consideration, fostering and admission:

document-classification-title = Report
document-classification-subtitle = Member assessment and classification, { $year }
document-classification-intro = The Executive Committee of { $unit } reports the classification of { $total } members as follows:
document-classification-count = - { $category }: { $count } members ({ $percent }%)

## Documents in chat and by link

document-link-sent =
    { $title }: open the link below to download the document (for you only, valid for { $minutes } minutes):
    { $url }
document-no-files-here = { $title }: Zalo does not let the bot send files yet. Send the same command to the bot on Telegram to get the file, or ask the staff of { $org } to send it.
document-kinds-only = Documents (.docx) exist for the ĐVUT list, the ĐVUT remarks (the remarks for the Party committee), the unit quarterly reports, the member classification, the resolutions introducing ĐVUT, the lists handed to the Party committee and the year's plan; the last three exist as documents only.
document-not-allowed = You may not see this document.
document-link-method = This link can only be opened to download.
document-link-invalid = This link is not valid. Ask for the document again in your chat with the bot.
document-link-expired = This link has expired. Ask for the document again in your chat with the bot.
document-link-refused = This link can no longer be used: its recipient may no longer see this document.
document-link-empty = There is no data for this document yet.
unit-report-document-offer = The report for quarter { $quarter } is filed; download it as a document:
unit-report-document = { $unit } (.docx)
