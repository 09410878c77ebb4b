# Links to a chart's picture, fetched by Zalo (or opened by hand)
image-link-method = This link can only be opened to view the picture.
image-link-invalid = This picture link is not valid. Ask for the chart again in your chat with the bot.
image-link-expired = This picture link has expired. Ask for the chart again in your chat with the bot.
